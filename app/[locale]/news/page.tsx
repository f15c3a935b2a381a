import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageScope } from "@/lib/page-scope";
import { BrowseLinks } from "@/components/BrowseLinks";
import { NewsIndex } from "@/components/NewsIndex";
import { getYears } from "@/lib/browse";
import { pageMetadata, sitePreview } from "@/lib/metadata";
import { getNewsPage } from "@/lib/news";
import { NEWS_PER_PAGE } from "@/lib/pagination";
import { newsListPath } from "@/lib/urls";

// Rendered again at most hourly, so items whose date has come appear without a rebuild.
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const scope = await pageScope(params);
  if (!scope) return {};
  const { locale, dict } = scope;
  return pageMetadata({
    locale,
    dict,
    path: newsListPath(locale),
    title: dict.news.title,
    description: dict.news.intro,
    image: sitePreview(locale, dict),
  });
}

export default async function NewsPage({ params }: Props) {
  const { locale, dict, corpus, context } = (await pageScope(params)) ?? notFound();
  const page = getNewsPage(corpus, context, 1, NEWS_PER_PAGE);
  if (!page) notFound();
  return (
    <NewsIndex
      title={dict.news.title}
      intro={dict.news.intro}
      page={page}
      hrefFor={(number) => newsListPath(locale, number)}
      locale={locale}
      dict={dict}
    >
      <BrowseLinks years={getYears(corpus)} locale={locale} dict={dict} />
    </NewsIndex>
  );
}
