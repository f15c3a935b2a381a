"use client";

import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/config";
import { ERROR_PAGE_TEXT } from "@/lib/i18n/error-page";
import { quickExitUrl } from "@/lib/site";
import { homePath } from "@/lib/urls";
import "./globals.css";

/**
 * Shown if rendering a page fails: the site's own page (Next's default has inline styles
 * the Content-Security-Policy blocks), in every language, as it cannot know which one the
 * reader wanted, with the quick exit as a plain link. Next puts this component's code into
 * every page's JavaScript, so it imports nothing large (see lib/i18n/error-page.ts).
 */
export default function GlobalError() {
  const text = ERROR_PAGE_TEXT[DEFAULT_LOCALE];
  return (
    <html lang={DEFAULT_LOCALE}>
      <body className="min-h-screen">
        <title>{text.title}</title>
        <div className="border-line bg-surface border-b">
          <div className="mx-auto flex max-w-5xl justify-end px-4 py-1.5 sm:px-6">
            <a
              href={quickExitUrl()}
              rel="nofollow noreferrer"
              className="bg-brand text-on-brand inline-flex min-h-11 items-center rounded-md px-4 font-semibold no-underline"
            >
              {text.exit}
            </a>
          </div>
        </div>
        <main className="mx-auto max-w-3xl px-4 pt-10 sm:px-6">
          {LOCALES.map((locale, index) => {
            const { title, body, home } = ERROR_PAGE_TEXT[locale];
            const Heading = index === 0 ? "h1" : "h2";
            return (
              <section key={locale} lang={locale} className="mb-10">
                <Heading className="text-ink font-serif text-3xl font-bold">{title}</Heading>
                <p className="text-muted mt-4 text-lg leading-relaxed">{body}</p>
                <p className="mt-4">
                  <a
                    className="text-brand font-semibold underline underline-offset-4"
                    href={homePath(locale)}
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
