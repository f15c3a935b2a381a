import { notFound } from "next/navigation";
import { previewImage } from "@/components/PreviewCard";
import { defaultCorpus } from "@/lib/corpus";
import { formatDate } from "@/lib/format";
import { LOCALES } from "@/lib/i18n/config";
import { PREVIEW_SIZE } from "@/lib/metadata";
import { resolvePage } from "@/lib/page-scope";
import { PRERENDER, prerenderedArticles } from "@/lib/prerender";
import { publicationContext } from "@/lib/publication";
import { resolveArticle } from "@/lib/routing";

// The newest articles' cards are drawn when the site is built, the others on first request
// (then cached); an unpublished or unknown article has none.
export const size = PREVIEW_SIZE;
export const contentType = "image/png";

// An image route has no layout: it lists the languages itself.
export function generateStaticParams() {
  const corpus = defaultCorpus();
  const slugs = prerenderedArticles(corpus, publicationContext(), PRERENDER.articleImages);
  return LOCALES.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export default async function Image({
  params,
}: {
  params: Promise<{ locale: string; slug: string }>;
}) {
  const page = await resolvePage(params, ({ corpus, context }, { slug }) =>
    resolveArticle(corpus, context, slug),
  );
  const { locale, dict, found: item } = page ?? notFound();
  return previewImage(dict, {
    label: dict.categories[item.category],
    title: item.title,
    facts: [formatDate(item.date, locale), item.location ?? ""],
  });
}
