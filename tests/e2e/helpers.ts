/** Shared expectations and paths for the end-to-end tests. */
import { expect, type Locator, type Page } from "@playwright/test";
import { getDictionary } from "../../lib/i18n/dictionary";
import { quickExitUrl } from "../../lib/site";
import { latestStatement, news } from "./content";

/** The English interface text, as pages show it. */
export const en = getDictionary("en");

/** Where the quick exit leads English readers in the build under test (QUICK_EXIT_URL, read at build). */
export const QUICK_EXIT_URL = quickExitUrl("en");

export const paths = {
  home: "/",
  news: "/news",
  newsPage: (page: number) => `/news/page/${page}`,
  article: (slug: string) => `/news/${slug}`,
  initiatives: "/initiatives",
  initiative: (slug: string) => `/initiatives/${slug}`,
  signatories: "/signatories",
  signatory: (slug: string) => `/signatories/${slug}`,
  safety: "/staying-safe-online",
  search: (query: string) => `/search?q=${encodeURIComponent(query)}`,
  country: (code: string) => `/countries/${code.toLowerCase()}`,
  tag: (tag: string) => `/tags/${tag}`,
  year: (year: number) => `/news/year/${year}`,
};

/** One page of each kind the site has, for checks that hold on every page. */
export const PAGE_TYPES: { name: string; path: string; status: number }[] = [
  { name: "home", path: paths.home, status: 200 },
  { name: "news list", path: paths.news, status: 200 },
  {
    name: "article",
    path: paths.article(news.find((item) => item.category !== "statement")!.slug),
    status: 200,
  },
  { name: "statement", path: paths.article(latestStatement()!.slug), status: 200 },
  { name: "initiatives", path: paths.initiatives, status: 200 },
  { name: "initiative", path: paths.initiative("spotlight-central-asia-afghanistan"), status: 200 },
  { name: "signatories", path: paths.signatories, status: 200 },
  { name: "signatory", path: paths.signatory("un-women"), status: 200 },
  { name: "staying safe online", path: paths.safety, status: 200 },
  { name: "search results", path: paths.search("alliance"), status: 200 },
  { name: "filtered news", path: "/news?country=KZ&year=2023", status: 200 },
  { name: "country", path: paths.country("KZ"), status: 200 },
  { name: "topic", path: paths.tag(news[0]!.tags![0]!), status: 200 },
  { name: "year", path: paths.year(Number(news[0]!.date.slice(0, 4))), status: 200 },
  { name: "not found", path: "/no-such-page", status: 404 },
];

/** The same page in Russian: /ru, /ru/news, … */
export const russian = (path: string) => (path === "/" ? "/ru" : `/ru${path}`);

/** One page of each kind in Russian. */
export const RUSSIAN_PAGE_TYPES = PAGE_TYPES.map((page) => ({
  ...page,
  name: `${page.name} (Russian)`,
  path: russian(page.path),
}));

/**
 * Records Content-Security-Policy violations in the page (the event the browser fires for
 * each blocked script, style, image or connection) from before the page's first script.
 */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener("securitypolicyviolation", (event) =>
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`),
    );
  });
  const fromConsole: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    )),
    ...fromConsole,
  ];
}

/** Waits until the quick-exit island has hydrated (its script is running). */
export async function expectQuickExitReady(page: Page) {
  await expect(page.locator('a[data-quick-exit="ready"]')).toHaveCount(1);
}

/** An exact path as a URL matcher for `toHaveURL`. */
export function urlEndingWith(path: string): RegExp {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^https?://[^/]+${escaped}$`);
}

export const primaryNav = (page: Page) =>
  page.getByRole("navigation", { name: en.site.primaryNavigation });

export const section = (page: Page | Locator, title: string | RegExp) =>
  typeof title === "string"
    ? page.getByRole("region", { name: title, exact: true })
    : page.getByRole("region", { name: title });

/** The site's header: the home link and the three main sections. */
export async function expectHeader(page: Page) {
  const nav = primaryNav(page);
  await expect(nav).toBeVisible();
  await expect(nav.getByRole("link")).toHaveText([
    en.nav.news,
    en.nav.initiatives,
    en.nav.signatories,
  ]);
  await expect(nav.getByRole("link", { name: en.nav.news, exact: true })).toHaveAttribute(
    "href",
    paths.news,
  );
  await expect(nav.getByRole("link", { name: en.nav.initiatives, exact: true })).toHaveAttribute(
    "href",
    paths.initiatives,
  );
  await expect(nav.getByRole("link", { name: en.nav.signatories, exact: true })).toHaveAttribute(
    "href",
    paths.signatories,
  );
  await expect(
    page.getByRole("banner").getByRole("link", { name: en.site.shortName }),
  ).toHaveAttribute("href", paths.home);
}

/** What every page of the site has: language, one h1, the header navigation, a main region. */
export async function expectSitePage(page: Page, h1?: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("h1")).toHaveCount(1);
  if (h1 !== undefined) await expect(page.locator("h1")).toHaveText(h1);
  await expect(page.locator("main#main")).toHaveCount(1);
  await expectHeader(page);
}

/** How deep an initiative sits in the hierarchy (0 for a top-level initiative). */
export function depthOf(slug: string, all: readonly { slug: string; parent?: string }[]): number {
  let depth = 0;
  let current = all.find((item) => item.slug === slug);
  while (current?.parent) {
    depth++;
    current = all.find((item) => item.slug === current!.parent);
    if (depth > all.length) throw new Error(`Initiative hierarchy loops at "${slug}"`);
  }
  return depth;
}

/**
 * Asserts an initiative tree showing `shown` (all of `all`, or what sits below `rootSlug`):
 * every initiative appears as a heading link, one level deeper per level of nesting from
 * `topLevel` (at most h4), and every programme's entry is a direct child of its parent's.
 */
export async function expectInitiativeTree(
  container: Locator,
  shown: readonly { slug: string; title: string; parent?: string }[],
  topLevel: 2 | 3,
  all: readonly { slug: string; parent?: string }[] = shown,
  rootSlug?: string,
) {
  const base = rootSlug ? depthOf(rootSlug, all) + 1 : 0;
  const level = (slug: string) => Math.min(topLevel + depthOf(slug, all) - base, 4);
  const heading = (slug: string) => `h${level(slug)} > a[href="${paths.initiative(slug)}"]`;
  for (const item of shown) {
    const link = container.locator(heading(item.slug));
    await expect(link, `${item.title} is an h${level(item.slug)} link`).toHaveText(item.title);
    if (item.parent && item.parent !== rootSlug) {
      const nested = container.locator(
        `li:has(> ${heading(item.parent)}) > ul > li > ${heading(item.slug)}`,
      );
      await expect(nested, `${item.title} is nested under ${item.parent}`).toHaveCount(1);
    }
  }
  await expect(container.locator('a[href^="/initiatives/"]')).toHaveCount(shown.length);
}

/** The value of one fact (a `<dd>`) in a page's fact list, by its label (`<dt>`). */
export function fact(scope: Page | Locator, label: string): Locator {
  return scope
    .locator("dl > * > dt, dl > dt")
    .filter({ hasText: new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`) })
    .locator("xpath=following-sibling::dd[1]");
}
