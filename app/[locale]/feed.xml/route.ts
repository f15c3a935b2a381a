import { feedHandler } from "@/lib/feed-route";

export { feedStaticParams as generateStaticParams } from "@/lib/feed-route";

// The news as RSS 2.0, at /feed.xml (/ru/feed.xml …): built with the site, regenerated at most hourly.
export const GET = feedHandler("rss");
export const dynamic = "force-static";
export const revalidate = 3600;
export const dynamicParams = false;
