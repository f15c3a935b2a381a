import type { Metadata } from "next";
import NotFound from "./[locale]/not-found";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { feedAlternates } from "@/lib/metadata";
import { SiteChrome } from "@/components/SiteChrome";
import "./globals.css";

const dict = getDictionary(DEFAULT_LOCALE);

export const metadata: Metadata = {
  title: `${dict.notFound.title} · ${dict.site.shortName}`,
  alternates: { types: feedAlternates(DEFAULT_LOCALE, dict) },
};

/** The 404 page for URLs outside every route (the root layout lives under [locale]). */
export default function GlobalNotFound() {
  return (
    <html lang={DEFAULT_LOCALE}>
      <SiteChrome locale={DEFAULT_LOCALE} dict={dict} languageSwitcher={false}>
        <NotFound />
      </SiteChrome>
    </html>
  );
}
