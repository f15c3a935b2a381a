import { feedHandler, feedStaticParams } from "@/lib/feed-route";

// The news as Atom 1.0, served at /atom.xml (other languages: /ru/atom.xml), built with the site.
export const dynamic = "force-static";
// Regenerated at most hourly, so items whose date has come appear without a rebuild.
export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return feedStaticParams();
}

export const GET = feedHandler("atom");
