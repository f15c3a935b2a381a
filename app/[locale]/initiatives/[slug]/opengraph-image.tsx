import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { PreviewCard, previewImageOptions } from "@/components/PreviewCard";
import { getCorpus } from "@/lib/corpus";
import { localeFromParam } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { getInitiative, getParentInitiative } from "@/lib/initiatives";
import { PREVIEW_SIZE } from "@/lib/metadata";
import { siteUrl } from "@/lib/site";

// Drawn on first request, then cached.
export const size = PREVIEW_SIZE;
export const contentType = "image/png";

export function generateStaticParams() {
  return [];
}

export default async function Image({
  params,
}: {
  params: Promise<{ locale: string; slug: string }>;
}) {
  const { locale: localeParam, slug } = await params;
  const locale = localeFromParam(localeParam);
  const initiative = locale ? getInitiative(getCorpus(locale), slug) : undefined;
  if (!locale || !initiative) notFound();
  const dict = getDictionary(locale);
  const parent = getParentInitiative(getCorpus(locale), initiative);
  return new ImageResponse(
    <PreviewCard
      siteName={dict.site.shortName}
      host={siteUrl().host}
      label={dict.preview.initiative}
      title={initiative.title}
      facts={[
        initiative.started ? dict.preview.started(initiative.started) : "",
        parent ? `${dict.initiatives.partOf}: ${parent.shortName ?? parent.title}` : "",
      ]}
    />,
    previewImageOptions(),
  );
}
