import { notFound } from "next/navigation";
import { previewImage } from "@/components/PreviewCard";
import { countryName } from "@/lib/format";
import { PREVIEW_SIZE } from "@/lib/metadata";
import { getStatementsSignedBy } from "@/lib/news";
import { resolvePage, type ItemRouteProps } from "@/lib/page-scope";
import { resolveSignatory } from "@/lib/routing";

// Drawn on first request, then cached.
export const size = PREVIEW_SIZE;
export const contentType = "image/png";

export function generateStaticParams() {
  return [];
}

export default async function Image({ params }: ItemRouteProps) {
  const page = await resolvePage(params, ({ corpus }, { slug }) => resolveSignatory(corpus, slug));
  const { locale, dict, corpus, context, found: signatory } = page ?? notFound();
  const signed = getStatementsSignedBy(corpus, context, signatory.slug).length;
  return previewImage(dict, {
    label: dict.kinds[signatory.kind].one,
    title: signatory.name,
    facts: [
      signatory.country ? countryName(signatory.country, locale) : "",
      signed > 0 ? dict.preview.statementsSigned(signed) : "",
    ],
  });
}
