import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BrowseLinks } from "@/components/BrowseLinks";
import { NewsIndex } from "@/components/NewsIndex";
import { getNewsForYear, getYears } from "@/lib/browse";
import { corpus } from "@/lib/corpus";

import { pageMetadata, sitePreview } from "@/lib/metadata";
import { resolvePage } from "@/lib/page-scope";
import { prerenderedListPages } from "@/lib/prerender";
import { publicationContext } from "@/lib/publication";
import { resolveYear } from "@/lib/routing";
import { yearPath } from "@/lib/urls";

// The first pages of each list are prerendered, later ones render on first request; all are
// rendered again at most hourly, so scheduled items appear without a rebuild. proxy.ts
// answers a list or page that does not exist with the prebuilt 404 page.
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string; year: string; page?: string[] }> };

export function generateStaticParams() {
  const context = publicationContext();
  return getYears(corpus).flatMap((year) =>
    prerenderedListPages(getNewsForYear(corpus, context, year).length).map((page) => ({
      year: String(year),
      page,
    })),
  );
}

const resolve = (params: Props["params"]) =>
  resolvePage(params, ({ corpus, context }, { year, page }) =>
    resolveYear(corpus, context, year, page),
  );

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolved = await resolve(params);
  if (!resolved) return {};
  const {
    locale,
    dict,
    found: { year, page },
  } = resolved;
  const title = dict.browse.year(year);
  return pageMetadata({
    locale,
    dict,
    path: yearPath(locale, year, page.page),
    title: page.page === 1 ? title : dict.browse.page(title, page.page, page.totalPages),
    description: dict.browse.yearIntro(year),
    image: sitePreview(locale, dict),
  });
}

export default async function YearPage({ params }: Props) {
  const {
    locale,
    dict,
    corpus,
    found: { year, page },
  } = (await resolve(params)) ?? notFound();
  return (
    <NewsIndex
      title={dict.browse.year(year)}
      intro={dict.browse.yearIntro(year)}
      page={page}
      hrefFor={(number) => yearPath(locale, year, number)}
      locale={locale}
      dict={dict}
    >
      <BrowseLinks years={getYears(corpus)} locale={locale} dict={dict} />
    </NewsIndex>
  );
}
