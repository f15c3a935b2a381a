import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";
import { sitemapPath } from "@/lib/urls";

/** /robots.txt: everything may be crawled; the sitemap lists every public page. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: absoluteUrl(sitemapPath()),
  };
}
