/**
 * What the end-to-end tests expect, read straight from the Markdown content (front matter
 * parsed with `yaml`), independently of the site's own content pipeline.
 */
import fs from "node:fs";
import { slugFromText } from "../../lib/slugs";
import path from "node:path";
import { parse } from "yaml";

export type Contact = {
  name: string;
  role?: string;
  organisation?: string;
  phone?: string;
  email?: string;
};

export type News = {
  slug: string;
  title: string;
  date: string;
  summary: string;
  category: "press-release" | "news" | "statement";
  location?: string;
  initiatives?: string[];
  signatories?: string[];
  countries?: string[];
  tags?: string[];
  dateNote?: string;
  source?: { name: string; title: string; published?: string; url?: string };
  contacts?: Contact[];
  updated?: string;
  draft?: boolean;
  aliases?: string[];
  body: string;
};

export type Initiative = {
  slug: string;
  title: string;
  summary: string;
  shortName?: string;
  started?: number;
  parent?: string;
  partners?: string[];
  website?: string;
  aliases?: string[];
  body: string;
};

export type Signatory = {
  slug: string;
  name: string;
  kind: string;
  country?: string;
  website?: string;
  aliases?: string[];
  body: string;
};

const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR || "content");
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/**
 * The documents of a folder: the originals (<slug>.md), or with `locale` the translations
 * into that language (<slug>.<locale>.md), each under its original's slug.
 */
function readFolder<T>(folder: string, locale?: string, root: string = CONTENT_DIR): T[] {
  const dir = path.join(root, folder);
  const suffix = locale ? `.${locale}.md` : ".md";
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(suffix) && file.split(".").length === (locale ? 3 : 2))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), "utf8").replace(/^\uFEFF/, "");
      const match = FRONT_MATTER.exec(text);
      if (!match) throw new Error(`${folder}/${file} has no front matter`);
      const data = parse(match[1] ?? "") as Record<string, unknown>;
      for (const [key, value] of Object.entries(data)) {
        // Dates stay YYYY-MM-DD strings (YAML 1.2 core schema), but be safe.
        if (value instanceof Date) data[key] = value.toISOString().slice(0, 10);
      }
      return {
        ...data,
        slug: file.slice(0, -suffix.length),
        body: text.slice(match[0].length),
      } as T;
    });
}

/** "Today" where most readers are, as the site decides what is published. */
function today(): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: process.env.SITE_TIME_ZONE || "Asia/Almaty",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
}

const publishedToday = today();

/** A content folder as the site shows it: published news newest first, the rest by name. */
export function loadContent(root: string) {
  return {
    news: readFolder<News>("news", undefined, root)
      .filter((item) => !item.draft && item.date <= publishedToday)
      .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)),
    initiatives: readFolder<Initiative>("initiatives", undefined, root).sort((a, b) =>
      a.title.localeCompare(b.title),
    ),
    signatories: readFolder<Signatory>("signatories", undefined, root).sort((a, b) =>
      a.name.localeCompare(b.name),
    ),
    translations: <T>(folder: "news" | "initiatives" | "signatories" | "tags", locale: string) =>
      new Map(
        readFolder<T & { slug: string }>(folder, locale, root).map((item) => [item.slug, item]),
      ),
  };
}

const bundled = loadContent(CONTENT_DIR);
/** Published news, newest first (ties by title), as the site lists them. */
export const news: News[] = bundled.news;
/** Alphabetical by title. */
export const initiatives: Initiative[] = bundled.initiatives;
/** Alphabetical by name. */
export const signatories: Signatory[] = bundled.signatories;

function bySlug<T extends { slug: string }>(items: readonly T[], slug: string, what: string): T {
  const found = items.find((item) => item.slug === slug);
  if (!found) throw new Error(`No ${what} "${slug}" in the content`);
  return found;
}

export const newsItem = (slug: string) => bySlug(news, slug, "news item");
export const initiative = (slug: string) => bySlug(initiatives, slug, "initiative");
export const signatory = (slug: string) => bySlug(signatories, slug, "signatory");

export const childrenOf = (slug: string) => initiatives.filter((item) => item.parent === slug);

export const newsNaming = (initiativeSlug: string) =>
  news.filter((item) => item.initiatives?.includes(initiativeSlug));

export const statementsSignedBy = (signatorySlug: string) =>
  news.filter((item) => item.signatories?.includes(signatorySlug));

export const initiativesWithPartner = (signatorySlug: string) =>
  initiatives.filter((item) => item.partners?.includes(signatorySlug));

export const latestStatement = () => news.find((item) => item.category === "statement");

/** A calendar date as readers see it, e.g. "21 June 2021" (British English, no time zone shift). */
export function readableDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

export function countryName(code: string): string {
  return new Intl.DisplayNames(["en-GB"], { type: "region" }).of(code) ?? code;
}

/** The first paragraph of a Markdown body as plain text (enough to recognise the body). */
export function firstParagraph(markdown: string): string {
  const paragraph = markdown
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .find((block) => !/^(#|-|\*|\d+\.|>)/.test(block.trim()));
  if (!paragraph) throw new Error("The body has no paragraph");
  return paragraph
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The second-level headings (## …) of a Markdown body. */
export function subheadings(markdown: string): string[] {
  return [...markdown.matchAll(/^##[ \t]+(.+?)[ \t]*$/gm)].map((match) => match[1]!.trim());
}

/** The browse pages the published content gives rise to: countries, topics, years. */
export function browsePaths(): string[] {
  const countries = new Set(news.flatMap((item) => item.countries ?? []));
  const tags = new Set(news.flatMap((item) => item.tags ?? []));
  const years = new Set(news.map((item) => item.date.slice(0, 4)));
  return [
    ...[...countries].map((code) => `/countries/${code.toLowerCase()}`),
    ...[...tags].map((tag) => `/tags/${slugFromText(tag)}`),
    ...[...years].map((year) => `/news/year/${year}`),
  ];
}

/** A topic's label file (content/tags/<slug>.md). */
export type Topic = { slug: string; title: string; summary?: string; body: string };
export const topics: Topic[] = readFolder<Topic>("tags");

/** The translated fields of each document in a language, by slug (what <slug>.ru.md says). */
export const translations = bundled.translations;

/** What the site shows for a tag: its topic file's title, or the tag as written. */
export const topicLabel = (tag: string) =>
  topics.find((topic) => topic.slug === slugFromText(tag))?.title ?? tag;
