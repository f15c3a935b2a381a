import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { PreviewCard, previewImageOptions } from "@/components/PreviewCard";
import { getCorpus } from "@/lib/corpus";
import { countryName } from "@/lib/format";
import { localeFromParam } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { PREVIEW_SIZE } from "@/lib/metadata";
import { getStatementsSignedBy } from "@/lib/news";
import { publicationContext } from "@/lib/publication";
import { getSignatory } from "@/lib/signatories";
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
  const signatory = locale ? getSignatory(getCorpus(locale), slug) : undefined;
  if (!locale || !signatory) notFound();
  const dict = getDictionary(locale);
  const signed = getStatementsSignedBy(
    getCorpus(locale),
    publicationContext(),
    signatory.slug,
  ).length;
  return new ImageResponse(
    <PreviewCard
      siteName={dict.site.shortName}
      host={siteUrl().host}
      label={dict.kinds[signatory.kind].one}
      title={signatory.name}
      facts={[
        signatory.country ? countryName(signatory.country, locale) : "",
        signed > 0 ? dict.preview.statementsSigned(signed) : "",
      ]}
    />,
    previewImageOptions(),
  );
}
