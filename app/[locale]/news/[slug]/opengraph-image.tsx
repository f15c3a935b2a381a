import { notFound } from "next/navigation";
import { photoPreviewImage, previewImage } from "@/components/PreviewCard";
import { articlePicture } from "@/lib/media/article";
import { defaultCorpus } from "@/lib/corpus";
import { formatDate } from "@/lib/format";
import { LOCALES } from "@/lib/i18n/config";
import { PREVIEW_SIZE } from "@/lib/metadata";
import { resolvePage } from "@/lib/page-scope";
import { PRERENDER, prerenderedArticles } from "@/lib/prerender";
import { publicationContext } from "@/lib/publication";
import { resolveArticle } from "@/lib/routing";

// The newest articles' cards are drawn when the site is built, the others on first request
// (then cached); an unpublished or unknown article has none. An article with a photo gets a
// JPEG of it with its title over it (lib/metadata.ts `newsPreview` says so); the others the
// generated PNG card.
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
  const card = {
    label: dict.categories[item.category],
    title: item.title,
    facts: [formatDate(item.date, locale), item.location ?? ""],
  };
  const picture = articlePicture(item);
  return picture ? photoPreviewImage(dict, card, picture) : previewImage(dict, card);
}
