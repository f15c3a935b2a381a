import { notFound } from "next/navigation";
import { BrowseLinks } from "@/components/BrowseLinks";
import { NewsIndex } from "@/components/NewsIndex";
import { getYears } from "@/lib/browse";
import { defaultCorpus } from "@/lib/corpus";

import { listMetadata, resolvePage, type NewsListPage, type Resolved } from "@/lib/page-scope";
import { prerenderedBrowsePages } from "@/lib/prerender";
import { publicationContext } from "@/lib/publication";
import { resolveYear } from "@/lib/routing";
import { yearPath } from "@/lib/urls";

// Rendered again at most hourly (lib/prerender.ts says which pages are built ahead).
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string; year: string; page?: string[] }> };

export function generateStaticParams() {
  const pages = prerenderedBrowsePages(defaultCorpus(), publicationContext(), "year");
  return pages.map(({ key, page }) => ({ year: key, page }));
}

const resolve = (params: Props["params"]) =>
  resolvePage(params, ({ corpus, context }, { year, page }) =>
    resolveYear(corpus, context, year, page),
  );

const describe = ({
  locale,
  dict,
  found: { year, page },
}: Resolved<typeof resolve>): NewsListPage => ({
  title: dict.browse.year(year),
  intro: dict.browse.yearIntro(year),
  page,
  hrefFor: (number) => yearPath(locale, year, number),
});

export const generateMetadata = listMetadata(resolve, describe);

export default async function YearPage({ params }: Props) {
  const page = (await resolve(params)) ?? notFound();
  const { locale, dict, corpus } = page;
  return (
    <NewsIndex list={describe(page)} locale={locale} dict={dict}>
      <BrowseLinks years={getYears(corpus)} locale={locale} dict={dict} />
    </NewsIndex>
  );
}
