/** What the sharing tests expect: absolute URLs on SITE_URL, each page's preview and feeds. */
import { expect } from "@playwright/test";
import { countryName, initiatives, news, readableDate, signatories } from "./content";
import { en, paths } from "./helpers";

/** The public origin the site was built with (its canonical and og: URLs). */
export const SITE = new URL(process.env.SITE_URL || "http://localhost:3000");
export const absolute = (path: string) => new URL(path, SITE).href;

export const feeds = { rss: "/feed.xml", atom: "/atom.xml", json: "/feed.json" } as const;

export type PreviewCase = {
  path: string;
  title: string;
  description: string;
  type: "article" | "website";
  image: string;
  alt: string;
};

const siteCard = { image: "/opengraph-image", alt: en.preview.siteAlt };

/** Every public page, with what its link preview must say. */
export const PREVIEWS: PreviewCase[] = [
  {
    path: paths.home,
    title: en.site.name,
    description: en.site.tagline,
    type: "website",
    ...siteCard,
  },
  {
    path: paths.news,
    title: en.news.title,
    description: en.news.intro,
    type: "website",
    ...siteCard,
  },
  ...news.map((item) => ({
    path: paths.article(item.slug),
    title: item.title,
    description: item.summary,
    type: "article" as const,
    image: `${paths.article(item.slug)}/opengraph-image`,
    alt: en.preview.articleAlt(item.title, en.categories[item.category], readableDate(item.date)),
  })),
  {
    path: paths.initiatives,
    title: en.initiatives.title,
    description: en.initiatives.intro,
    type: "website",
    ...siteCard,
  },
  ...initiatives.map((item) => ({
    path: paths.initiative(item.slug),
    title: item.title,
    description: item.summary,
    type: "website" as const,
    image: `${paths.initiative(item.slug)}/opengraph-image`,
    alt: en.preview.initiativeAlt(item.title),
  })),
  {
    path: paths.signatories,
    title: en.signatories.title,
    description: en.signatories.intro,
    type: "website",
    ...siteCard,
  },
  ...signatories.map((item) => {
    const kind = en.kinds[item.kind as keyof typeof en.kinds].one;
    return {
      path: paths.signatory(item.slug),
      title: item.name,
      description: item.country ? `${kind} · ${countryName(item.country)}` : kind,
      type: "website" as const,
      image: `${paths.signatory(item.slug)}/opengraph-image`,
      alt: en.preview.signatoryAlt(item.name, kind),
    };
  }),
];

/** Width and height of a PNG, from its signature and IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex"), "a PNG signature").toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The <head> of a page's HTML. */
export function headOf(html: string): string {
  const end = html.indexOf("</head>");
  expect(end, "the page has a head").toBeGreaterThan(0);
  return html.slice(0, end);
}

/** An attribute of the first tag in `html` matching `tag`, e.g. link rel="canonical". */
export function attribute(html: string, tag: RegExp, name: string): string | undefined {
  const found = html.match(tag)?.[0];
  const value = found?.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
  return value
    ?.replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * A page's absolute URL as Next writes it in og:url and the canonical link: the home page
 * without the final slash (https://example.org), every other page as built.
 */
export const canonical = (path: string) => absolute(path).replace(/\/$/, "");
