import { notFound } from "next/navigation";
import { previewImage } from "@/components/PreviewCard";
import { getParentInitiative } from "@/lib/initiatives";
import { resolvePage, type ItemRouteProps } from "@/lib/page-scope";
import { resolveInitiative } from "@/lib/routing";
import { PREVIEW_SIZE } from "@/lib/metadata";

// Drawn on first request, then cached.
export const size = PREVIEW_SIZE;
export const contentType = "image/png";

export function generateStaticParams() {
  return [];
}

export default async function Image({ params }: ItemRouteProps) {
  const page = await resolvePage(params, ({ corpus }, { slug }) => resolveInitiative(corpus, slug));
  const { dict, corpus, found: initiative } = page ?? notFound();
  const parent = getParentInitiative(corpus, initiative);
  return previewImage(dict, {
    label: dict.preview.initiative,
    title: initiative.title,
    facts: [
      initiative.started ? dict.preview.started(initiative.started) : "",
      parent ? `${dict.initiatives.partOf}: ${parent.shortName ?? parent.title}` : "",
    ],
  });
}
