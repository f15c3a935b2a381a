import { feedHandler, feedStaticParams } from "@/lib/feed-route";

// The news as Atom 1.0, served at /atom.xml (other languages: /ru/atom.xml), built with the site.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return feedStaticParams();
}

export const GET = feedHandler("atom");
