import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewsIndex } from "@/components/NewsIndex";
import { corpus, getCorpus } from "@/lib/corpus";
import { localeFromParam } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { pageMetadata, sitePreview } from "@/lib/metadata";
import { getNewsPage, getPublishedNews } from "@/lib/news";
import { NEWS_PER_PAGE, parsePageNumber } from "@/lib/pagination";
import { prerenderedListPages } from "@/lib/prerender";
import { publicationContext } from "@/lib/publication";
import { newsListPath } from "@/lib/urls";

// Archive pages are prerendered; one that fills up later renders on demand (proxy.ts
// answers pages beyond the last one with the prebuilt 404 page).
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string; page: string }> };

// The first archive pages are prerendered; later ones render on first request.
export function generateStaticParams() {
  return prerenderedListPages(getPublishedNews(corpus, publicationContext()).length)
    .filter((segments) => segments.length > 0)
    .map(([, page]) => ({ page: page! }));
}

async function resolve(params: Props["params"]) {
  const { locale: localeParam, page: pageParam } = await params;
  const locale = localeFromParam(localeParam);
  const number = parsePageNumber(pageParam);
  if (!locale || number === undefined) return undefined;
  const page = getNewsPage(getCorpus(locale), publicationContext(), number, NEWS_PER_PAGE);
  return { locale, number, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolved = await resolve(params);
  if (!resolved?.page) return {};
  const { locale, page } = resolved;
  const dict = getDictionary(locale);
  return pageMetadata({
    locale,
    dict,
    path: newsListPath(locale, page.page),
    title: dict.browse.page(dict.news.title, page.page, page.totalPages),
    description: dict.news.intro,
    image: sitePreview(locale, dict),
  });
}

export default async function NewsArchivePage({ params }: Props) {
  const resolved = await resolve(params);
  if (!resolved) notFound();
  if (!resolved.page) notFound();
  return (
    <NewsIndex
      title={getDictionary(resolved.locale).news.title}
      intro={getDictionary(resolved.locale).news.intro}
      hrefFor={(number) => newsListPath(resolved.locale, number)}
      page={resolved.page}
      locale={resolved.locale}
      dict={getDictionary(resolved.locale)}
    />
  );
}
