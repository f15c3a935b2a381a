import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewsIndex } from "@/components/NewsIndex";
import { corpus } from "@/lib/corpus";
import { pageMetadata, sitePreview } from "@/lib/metadata";
import { getPublishedNews } from "@/lib/news";
import { resolvePage } from "@/lib/page-scope";
import { prerenderedListPages } from "@/lib/prerender";
import { publicationContext } from "@/lib/publication";
import { resolveNewsPage } from "@/lib/routing";
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

const resolve = (params: Props["params"]) =>
  resolvePage(params, ({ corpus, context }, { page }) => resolveNewsPage(corpus, context, page));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolved = await resolve(params);
  if (!resolved) return {};
  const { locale, dict, found: page } = resolved;
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
  const { locale, dict, found: page } = (await resolve(params)) ?? notFound();
  return (
    <NewsIndex
      title={dict.news.title}
      intro={dict.news.intro}
      hrefFor={(number) => newsListPath(locale, number)}
      page={page}
      locale={locale}
      dict={dict}
    />
  );
}
