import type { Metadata } from "next";
import NotFound from "./[locale]/not-found";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import "./globals.css";

const dict = getDictionary(DEFAULT_LOCALE);

export const metadata: Metadata = { title: `${dict.notFound.title} · ${dict.site.shortName}` };

/** The 404 page for URLs outside every route (the root layout lives under [locale]). */
export default function GlobalNotFound() {
  return (
    <html lang={DEFAULT_LOCALE}>
      <body className="flex min-h-screen flex-col">
        <SiteHeader locale={DEFAULT_LOCALE} dict={dict} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 sm:px-6 sm:pt-12">
          <NotFound />
        </main>
        <SiteFooter locale={DEFAULT_LOCALE} dict={dict} />
      </body>
    </html>
  );
}
