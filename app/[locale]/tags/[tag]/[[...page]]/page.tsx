import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewsIndex } from "@/components/NewsIndex";
import { getNewsForTag, getTopics } from "@/lib/browse";
import { getCorpus } from "@/lib/corpus";
import { localeFromParam, type Locale } from "@/lib/i18n/config";
import { pageMetadata, sitePreview } from "@/lib/metadata";
import { resolvePage } from "@/lib/page-scope";
import { prerenderedListPages } from "@/lib/prerender";
import { publicationContext } from "@/lib/publication";
import { resolveTag } from "@/lib/routing";
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

const resolve = (params: Props["params"]) =>
  resolvePage(params, ({ corpus, context }, { tag, page }) =>
    resolveTag(corpus, context, tag, page),
  );

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolved = await resolve(params);
  if (!resolved) return {};
  const {
    locale,
    dict,
    found: { topic, page },
  } = resolved;
  const title = dict.browse.tag(topic.label);
  return pageMetadata({
    locale,
    text: { lang: topic.lang, languages: topic.languages },
    dict,
    path: tagPath(locale, topic.slug, page.page),
    title: page.page === 1 ? title : dict.browse.page(title, page.page, page.totalPages),
    description: topic.summary ?? dict.browse.tagIntro(topic.label),
    image: sitePreview(locale, dict),
  });
}

export default async function TagPage({ params }: Props) {
  const {
    locale,
    dict,
    found: { topic, page },
  } = (await resolve(params)) ?? notFound();
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
