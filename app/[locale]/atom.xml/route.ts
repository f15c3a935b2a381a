import { feedHandler } from "@/lib/feed-route";

export { feedStaticParams as generateStaticParams } from "@/lib/feed-route";

// The news as Atom 1.0, at /atom.xml (/ru/atom.xml …): built with the site, regenerated at most hourly.
export const GET = feedHandler("atom");
export const dynamic = "force-static";
export const revalidate = 3600;
export const dynamicParams = false;
