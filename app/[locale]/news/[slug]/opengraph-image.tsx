import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { PreviewCard, previewImageOptions } from "@/components/PreviewCard";
import { corpus } from "@/lib/corpus";
import { formatDate } from "@/lib/format";
import { LOCALES } from "@/lib/i18n/config";
import { PREVIEW_SIZE } from "@/lib/metadata";
import { resolvePage } from "@/lib/page-scope";
import { PRERENDER, prerenderedArticles } from "@/lib/prerender";
import { publicationContext } from "@/lib/publication";
import { resolveArticle } from "@/lib/routing";
import { siteUrl } from "@/lib/site";

// The newest articles' cards are drawn when the site is built, the others on first request
// (then cached); an unpublished or unknown article has none.
export const size = PREVIEW_SIZE;
export const contentType = "image/png";

// An image route has no layout: it lists the languages itself.
export function generateStaticParams() {
  const slugs = prerenderedArticles(corpus, publicationContext(), PRERENDER.articleImages);
  return LOCALES.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export default async function Image({
  params,
}: {
  params: Promise<{ locale: string; slug: string }>;
}) {
  const {
    locale,
    dict,
    found: item,
  } = (await resolvePage(params, ({ corpus, context }, { slug }) =>
    resolveArticle(corpus, context, slug),
  )) ?? notFound();
  return new ImageResponse(
    <PreviewCard
      siteName={dict.site.shortName}
      host={siteUrl().host}
      label={dict.categories[item.category]}
      title={item.title}
      facts={[formatDate(item.date, locale), item.location ?? ""]}
    />,
    previewImageOptions(),
  );
}
