import { feedHandler, feedStaticParams } from "@/lib/feed-route";

// The news as RSS 2.0, served at /feed.xml (other languages: /ru/feed.xml), built with the site.
export const dynamic = "force-static";
// Regenerated at most hourly, so items whose date has come appear without a rebuild.
export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return feedStaticParams();
}

export const GET = feedHandler("rss");
