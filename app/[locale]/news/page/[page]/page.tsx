import { notFound } from "next/navigation";
import { NewsIndex } from "@/components/NewsIndex";
import { defaultCorpus } from "@/lib/corpus";
import { listMetadata, resolvePage, type NewsListPage, type Resolved } from "@/lib/page-scope";
import { prerenderedArchivePages } from "@/lib/prerender";
import { publicationContext } from "@/lib/publication";
import { resolveNewsPage } from "@/lib/routing";
import { newsListPath } from "@/lib/urls";

// Rendered again at most hourly (lib/prerender.ts says which pages are built ahead).
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string; page: string }> };

export function generateStaticParams() {
  return prerenderedArchivePages(defaultCorpus(), publicationContext());
}

const resolve = (params: Props["params"]) =>
  resolvePage(params, ({ corpus, context }, { page }) => resolveNewsPage(corpus, context, page));

/** Pages after the first of the archive. */
const describe = ({ locale, dict, found: page }: Resolved<typeof resolve>): NewsListPage => ({
  title: dict.news.title,
  intro: dict.news.intro,
  page,
  hrefFor: (number) => newsListPath(locale, number),
});

export const generateMetadata = listMetadata(resolve, describe);

export default async function NewsArchivePage({ params }: Props) {
  const page = (await resolve(params)) ?? notFound();
  return <NewsIndex list={describe(page)} locale={page.locale} dict={page.dict} />;
}
