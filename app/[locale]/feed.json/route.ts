import { feedHandler } from "@/lib/feed-route";

export { feedStaticParams as generateStaticParams } from "@/lib/feed-route";

// The news as JSON Feed 1, at /feed.json (/ru/feed.json …): built with the site, regenerated at most hourly.
export const GET = feedHandler("json");
export const dynamic = "force-static";
export const revalidate = 3600;
export const dynamicParams = false;
