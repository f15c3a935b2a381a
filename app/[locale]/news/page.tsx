import { notFound } from "next/navigation";
import { metadataOf, pageScope } from "@/lib/page-scope";
import { PAGE_TEXTS } from "@/lib/page-texts";
import { BrowseLinks } from "@/components/BrowseLinks";
import { NewsIndex } from "@/components/NewsIndex";
import { getYears } from "@/lib/browse";
import { getNewsPage } from "@/lib/news";
import { NEWS_PER_PAGE } from "@/lib/pagination";
import { newsListPath } from "@/lib/urls";

// Rendered again at most hourly, so items whose date has come appear without a rebuild.
export const revalidate = 3600;

export const generateMetadata = metadataOf(PAGE_TEXTS.news);

export default async function NewsPage({ params }: PageProps<"/[locale]">) {
  const { locale, dict, corpus, context } = (await pageScope(params)) ?? notFound();
  const page = getNewsPage(corpus, context, 1, NEWS_PER_PAGE);
  if (!page) notFound();
  return (
    <NewsIndex
      list={{
        title: dict.news.title,
        intro: dict.news.intro,
        page,
        hrefFor: (number) => newsListPath(locale, number),
      }}
      locale={locale}
      dict={dict}
    >
      <BrowseLinks years={getYears(corpus)} locale={locale} dict={dict} />
    </NewsIndex>
  );
}
