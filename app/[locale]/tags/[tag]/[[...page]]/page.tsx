import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewsIndex } from "@/components/NewsIndex";
import { getNewsForTag, getTopic, getTopics } from "@/lib/browse";
import { getCorpus } from "@/lib/corpus";
import { localeFromParam, type Locale } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { pageMetadata, sitePreview } from "@/lib/metadata";
import { NEWS_PER_PAGE, pageFromSegments, paginate } from "@/lib/pagination";
import { prerenderedListPages } from "@/lib/prerender";
import { publicationContext } from "@/lib/publication";
import { tagPath } from "@/lib/urls";

// The first pages of each list are prerendered, later ones render on first request; all are
// rendered again at most hourly, so scheduled items appear without a rebuild. proxy.ts
// answers a list or page that does not exist with the prebuilt 404 page.
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string; tag: string; page?: string[] }> };

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const corpus = getCorpus(localeFromParam(params.locale) as Locale);
  const context = publicationContext();
  return getTopics(corpus).flatMap((topic) =>
    prerenderedListPages(getNewsForTag(corpus, context, topic.slug).length).map((page) => ({
      tag: topic.slug,
      page,
    })),
  );
}

async function resolve(params: Props["params"]) {
  const { locale: localeParam, tag: slug, page: segments } = await params;
  const locale = localeFromParam(localeParam);
  const number = pageFromSegments(segments);
  if (!locale || number === undefined) return undefined;
  const corpus = getCorpus(locale);
  const topic = getTopic(corpus, slug);
  if (!topic) return undefined;
  const page = paginate(getNewsForTag(corpus, publicationContext(), slug), number, NEWS_PER_PAGE);
  return page && { locale, topic, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolved = await resolve(params);
  if (!resolved) return {};
  const { locale, topic, page } = resolved;
  const dict = getDictionary(locale);
  const title = dict.browse.tag(topic.label);
  return pageMetadata({
    locale,
    dict,
    path: tagPath(locale, topic.slug, page.page),
    title: page.page === 1 ? title : dict.browse.page(title, page.page, page.totalPages),
    description: topic.summary ?? dict.browse.tagIntro(topic.label),
    image: sitePreview(locale, dict),
  });
}

export default async function TagPage({ params }: Props) {
  const resolved = await resolve(params);
  if (!resolved) notFound();
  const { locale, topic, page } = resolved;
  const dict = getDictionary(locale);
  return (
    <NewsIndex
      eyebrow={<p className="text-accent text-sm font-semibold">{dict.browse.topic}</p>}
      title={topic.label}
      intro={topic.summary ?? dict.browse.tagIntro(topic.label)}
      lang={topic.lang === locale ? undefined : topic.lang}
      page={page}
      hrefFor={(number) => tagPath(locale, topic.slug, number)}
      locale={locale}
      dict={dict}
    />
  );
}
