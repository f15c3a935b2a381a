import type { Metadata } from "next";
import { headers } from "next/headers";
import { ContentProblems } from "@/components/ContentProblems";
import { NotFoundMessage } from "@/components/NotFoundMessage";
import { SiteChrome } from "@/components/SiteChrome";
import { contentProblemsAt } from "@/lib/corpus";
import { TEXT_DIRECTION } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import {
  CONTENT_PROBLEMS_HEADER,
  NOT_FOUND_LOCALE_HEADER,
  notFoundLocale,
} from "@/lib/i18n/not-found";
import { feedAlternates } from "@/lib/metadata";
import { matchRoute } from "@/lib/routing";
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

/** `npm run dev` only: the content check's messages for the address, which proxy.ts passes. */
async function contentProblems(): Promise<string[]> {
  if (process.env.NODE_ENV !== "development") return [];
  const path = (await headers()).get(CONTENT_PROBLEMS_HEADER);
  return path ? contentProblemsAt(matchRoute(path)) : [];
}

/**
 * The 404 page for every address that names nothing, in the address's language (/ru/… in
 * Russian). It is rendered for each such request, which gives it its full HTML: a 404 that a
 * page renders on demand reaches the reader without it (vercel/next.js#62228). Under
 * `npm run dev`, an item whose file has a problem gets it too, listing the problem.
 */
export default async function GlobalNotFound() {
  const locale = await requestedLocale();
  const dict = getDictionary(locale);
  const problems = await contentProblems();
  return (
    <html lang={locale} dir={TEXT_DIRECTION[locale]}>
      <SiteChrome locale={locale} dict={dict} languageSwitcher={false}>
        {problems.length > 0 ? (
          <ContentProblems problems={problems} />
        ) : (
          <NotFoundMessage locale={locale} dict={dict} />
        )}
      </SiteChrome>
    </html>
  );
}
