import type { Metadata } from "next";
import { headers } from "next/headers";
import { NotFoundMessage } from "@/components/NotFoundMessage";
import { SiteChrome } from "@/components/SiteChrome";
import { TEXT_DIRECTION } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { NOT_FOUND_LOCALE_HEADER, notFoundLocale } from "@/lib/i18n/not-found";
import { feedAlternates } from "@/lib/metadata";
import "./globals.css";

/** The language of the address asked for, which proxy.ts passes in a request header. */
async function requestedLocale() {
  return notFoundLocale((await headers()).get(NOT_FOUND_LOCALE_HEADER));
}

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestedLocale();
  const dict = getDictionary(locale);
  return {
    title: `${dict.notFound.title} · ${dict.site.shortName}`,
    robots: { index: false },
    alternates: { types: feedAlternates(locale, dict) },
  };
}

/**
 * The 404 page for every address that names nothing, in the address's language (/ru/… in
 * Russian). It is rendered for each such request, which gives it its full HTML: a 404 that a
 * page renders on demand reaches the reader without it (vercel/next.js#62228).
 */
export default async function GlobalNotFound() {
  const locale = await requestedLocale();
  const dict = getDictionary(locale);
  return (
    <html lang={locale} dir={TEXT_DIRECTION[locale]}>
      <SiteChrome locale={locale} dict={dict} languageSwitcher={false}>
        <NotFoundMessage locale={locale} dict={dict} />
      </SiteChrome>
    </html>
  );
}
