import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { QuickExitBar } from "./QuickExitBar";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

/**
 * The page frame shared by every page and the 404 page: skip link, quick exit, header, main,
 * footer.
 */
export function SiteChrome({
  locale,
  dict,
  languageSwitcher = true,
  children,
}: {
  locale: Locale;
  dict: Dictionary;
  /** Links to this page in the other languages (the 404 page speaks them all instead). */
  languageSwitcher?: boolean;
  children: ReactNode;
}) {
  return (
    <body className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="bg-brand text-on-brand sr-only z-50 rounded-md px-4 py-3 font-semibold focus:not-sr-only focus:absolute focus:top-2 focus:start-2"
      >
        {dict.site.skipToContent}
      </a>
      <QuickExitBar locale={locale} dict={dict} />
      <SiteHeader locale={locale} dict={dict} languageSwitcher={languageSwitcher} />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 sm:px-6 sm:pt-12"
      >
        {children}
      </main>
      <SiteFooter locale={locale} dict={dict} />
    </body>
  );
}
