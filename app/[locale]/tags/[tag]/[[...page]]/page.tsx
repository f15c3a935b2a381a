import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewsIndex } from "@/components/NewsIndex";
import { getNewsForTag, getTags } from "@/lib/browse";
import { corpus } from "@/lib/corpus";
import { localeFromParam } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { NEWS_PER_PAGE, pageFromSegments, pageSegments, paginate } from "@/lib/pagination";
import { publicationContext } from "@/lib/publication";
import { tagPath } from "@/lib/urls";

// Every topic of an item that is or will be public is prerendered; see countries/.
export const dynamicParams = false;
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string; tag: string; page?: string[] }> };

export function generateStaticParams() {
  const context = publicationContext();
  return [...getTags(corpus).keys()].flatMap((tag) =>
    pageSegments(getNewsForTag(corpus, context, tag).length, NEWS_PER_PAGE).map((page) => ({
      tag,
      page,
    })),
  );
}

async function resolve(params: Props["params"]) {
  const { locale: localeParam, tag: slug, page: segments } = await params;
  const locale = localeFromParam(localeParam);
  const number = pageFromSegments(segments);
  const tag = getTags(corpus).get(slug);
  if (!locale || number === undefined || !tag) return undefined;
  const page = paginate(getNewsForTag(corpus, publicationContext(), slug), number, NEWS_PER_PAGE);
  return page && { locale, slug, tag, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolved = await resolve(params);
  if (!resolved) return {};
  const dict = getDictionary(resolved.locale);
  return { title: dict.browse.tag(resolved.tag), description: dict.browse.tagIntro(resolved.tag) };
}

export default async function TagPage({ params }: Props) {
  const resolved = await resolve(params);
  if (!resolved) notFound();
  const { locale, slug, tag, page } = resolved;
  const dict = getDictionary(locale);
  return (
    <NewsIndex
      title={dict.browse.tag(tag)}
      intro={dict.browse.tagIntro(tag)}
      page={page}
      hrefFor={(number) => tagPath(locale, slug, number)}
      locale={locale}
      dict={dict}
    />
  );
}
