import { notFound } from "next/navigation";
import { NewsIndex } from "@/components/NewsIndex";
import { getCorpus } from "@/lib/corpus";
import { DEFAULT_LOCALE, localeFromParam } from "@/lib/i18n/config";
import {
  listText,
  metadataOfFound,
  resolvePage,
  type NewsListPage,
  type Resolved,
} from "@/lib/page-scope";
import { prerenderedBrowsePages } from "@/lib/prerender";
import { publicationContext } from "@/lib/publication";
import { resolveTag } from "@/lib/routing";
import { tagPath } from "@/lib/urls";

// Rendered again at most hourly (lib/prerender.ts says which pages are built ahead).
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string; tag: string; page?: string[] }> };

export function generateStaticParams({ params }: { params: { locale: string } }) {
  const corpus = getCorpus(localeFromParam(params.locale) ?? DEFAULT_LOCALE);
  const pages = prerenderedBrowsePages(corpus, publicationContext(), "tag");
  return pages.map(({ key, page }) => ({ tag: key, page }));
}

const resolve = (params: Props["params"]) =>
  resolvePage(params, ({ corpus, context }, { tag, page }) =>
    resolveTag(corpus, context, tag, page),
  );

const describe = ({
  locale,
  dict,
  found: { topic, page },
}: Resolved<typeof resolve>): NewsListPage => ({
  title: topic.label,
  intro: topic.summary ?? dict.browse.tagIntro(topic.label),
  page,
  hrefFor: (number) => tagPath(locale, topic.slug, number),
});

export const generateMetadata = metadataOfFound(resolve, (page) => {
  const { topic } = page.found;
  return {
    ...listText(page.dict, { ...describe(page), title: page.dict.browse.tag(topic.label) }),
    text: { lang: topic.lang, languages: topic.languages },
  };
});

export default async function TagPage({ params }: Props) {
  const page = (await resolve(params)) ?? notFound();
  const { locale, dict, found } = page;
  return (
    <NewsIndex
      list={describe(page)}
      eyebrow={<p className="text-accent text-sm font-semibold">{dict.browse.topic}</p>}
      lang={found.topic.lang === locale ? undefined : found.topic.lang}
      locale={locale}
      dict={dict}
    />
  );
}
