import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BrowseLinks } from "@/components/BrowseLinks";
import { NewsIndex } from "@/components/NewsIndex";
import { getNewsForYear, getYears } from "@/lib/browse";
import { corpus, getCorpus } from "@/lib/corpus";
import { localeFromParam } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { pageMetadata, sitePreview } from "@/lib/metadata";
import { NEWS_PER_PAGE, pageFromSegments, paginate } from "@/lib/pagination";
import { prerenderedListPages } from "@/lib/prerender";
import { publicationContext } from "@/lib/publication";
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

async function resolve(params: Props["params"]) {
  const { locale: localeParam, year: yearParam, page: segments } = await params;
  const locale = localeFromParam(localeParam);
  const number = pageFromSegments(segments);
  const year = Number(yearParam);
  if (!locale || number === undefined || !getYears(corpus).includes(year)) return undefined;
  const items = getNewsForYear(getCorpus(locale), publicationContext(), year);
  const page = paginate(items, number, NEWS_PER_PAGE);
  return page && { locale, year, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolved = await resolve(params);
  if (!resolved) return {};
  const { locale, year, page } = resolved;
  const dict = getDictionary(locale);
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
  const resolved = await resolve(params);
  if (!resolved) notFound();
  const { locale, year, page } = resolved;
  const dict = getDictionary(locale);
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
