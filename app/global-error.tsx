"use client";

import { usePathname } from "next/navigation";
import { LOCALES, TEXT_DIRECTION, type Locale } from "@/lib/i18n/config";
import { ERROR_PAGE_TEXT } from "@/lib/i18n/error-page";
import { localeOfPath } from "@/lib/i18n/path-locale";
import { quickExitUrl } from "@/lib/site";
import { homePath } from "@/lib/urls";
import "./globals.css";

/**
 * Shown if rendering a page fails: the site's own page (Next's default has inline styles
 * the Content-Security-Policy blocks), in the language of the address asked for, with the
 * quick exit as a plain link. Where the address is not known it speaks every language.
 * Next puts this component's code into every page's JavaScript, so it imports nothing large
 * (see lib/i18n/error-page.ts).
 */
export default function GlobalError() {
  const pathname = usePathname();
  const locale = pathname === null ? undefined : localeOfPath(pathname);
  const languages: readonly Locale[] = locale ? [locale] : LOCALES;
  const first = ERROR_PAGE_TEXT[languages[0]!];
  return (
    <html lang={languages[0]} dir={TEXT_DIRECTION[languages[0]!]}>
      <body className="min-h-screen">
        <title>{first.title}</title>
        <div className="border-line bg-surface border-b">
          <div className="mx-auto flex max-w-5xl justify-end px-4 py-1.5 sm:px-6">
            <a
              href={quickExitUrl(languages[0]!)}
              rel="nofollow noreferrer"
              className="bg-brand text-on-brand inline-flex min-h-11 items-center rounded-md px-4 font-semibold no-underline"
            >
              {first.exit}
            </a>
          </div>
        </div>
        <main className="mx-auto max-w-3xl px-4 pt-10 sm:px-6">
          {languages.map((language, index) => {
            const { title, body, home } = ERROR_PAGE_TEXT[language];
            const Heading = index === 0 ? "h1" : "h2";
            return (
              <section
                key={language}
                lang={language}
                dir={TEXT_DIRECTION[language]}
                className="mb-10"
              >
                <Heading className="text-ink font-serif text-3xl font-bold">{title}</Heading>
                <p className="text-muted mt-4 text-lg leading-relaxed">{body}</p>
                <p className="mt-4">
                  <a
                    className="text-brand font-semibold underline underline-offset-4"
                    href={homePath(language)}
                  >
                    {home}
                  </a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
