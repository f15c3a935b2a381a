import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { PreviewCard, previewImageOptions } from "@/components/PreviewCard";
import { getParentInitiative } from "@/lib/initiatives";
import { resolvePage } from "@/lib/page-scope";
import { resolveInitiative } from "@/lib/routing";
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
  const {
    dict,
    corpus,
    found: initiative,
  } = (await resolvePage(params, ({ corpus }, { slug }) => resolveInitiative(corpus, slug))) ??
  notFound();
  const parent = getParentInitiative(corpus, initiative);
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
