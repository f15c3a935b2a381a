import type { MetadataRoute } from "next";
import { corpus } from "@/lib/corpus";
import { LOCALES } from "@/lib/i18n/config";
import { publicationContext } from "@/lib/publication";
import { sitemapEntries } from "@/lib/sitemap";

/** /sitemap.xml: every public page of every language (lib/sitemap.ts), built with the site. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(corpus, publicationContext(), LOCALES);
}
