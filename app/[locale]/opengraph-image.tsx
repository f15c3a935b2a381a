import { notFound } from "next/navigation";
import { pageScope } from "@/lib/page-scope";
import { previewImage } from "@/components/PreviewCard";
import { LOCALES } from "@/lib/i18n/config";
import { PREVIEW_SIZE } from "@/lib/metadata";

// The site's card: the preview of the home page, the lists and every page without its own.
export const dynamicParams = false;
export const size = PREVIEW_SIZE;
export const contentType = "image/png";

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const { dict } = (await pageScope(params)) ?? notFound();
  return previewImage(dict, { title: dict.site.name, subtitle: dict.site.tagline });
}
