import { allCorpora } from "@/lib/corpus";
import { publicationContext } from "@/lib/publication";
import { sitemapEntries, sitemapXml } from "@/lib/sitemap";

// Built with the site and regenerated at most hourly, so items whose date has come are
// listed without a rebuild.
export const dynamic = "force-static";
export const revalidate = 3600;

/** /sitemap.xml: every public page of every language, with its other languages (lib/sitemap.ts). */
export function GET(): Response {
  const xml = sitemapXml(sitemapEntries(allCorpora(), publicationContext()));
  return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8" } });
}
