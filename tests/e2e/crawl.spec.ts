import { expect, test } from "@playwright/test";
import { LOCALES, isLocale } from "../../lib/i18n/config";
import { browsePaths, initiatives, news, signatories } from "./content";
import { paths } from "./helpers";

// Seven languages of some 55 pages each, with room for a few more.
const MAX_PAGES = 600;

/** The targets of the `<a href>` links in a page's HTML (not scripts, styles or the RSC payload). */
function linksIn(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/gi)].map((match) =>
    match[1]!
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&#x27;|&#39;/g, "'"),
  );
}

test("crawling from the home page, every internal link answers 200", async ({
  request,
  baseURL,
}) => {
  // Some 400 pages one after another: a budget for a busy 2-core machine.
  test.setTimeout(10 * 60_000);
  const origin = new URL(baseURL!).origin;
  const queue = ["/"];
  const seen = new Set(queue);
  const visited: string[] = [];
  const problems: string[] = [];

  while (queue.length > 0 && visited.length < MAX_PAGES) {
    const path = queue.shift()!;
    visited.push(path);
    const response = await request.get(path, { maxRedirects: 0 });
    const html = await response.text();
    if (response.status() !== 200) {
      problems.push(`${path} answered ${response.status()}`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) {
      problems.push(`${path} is not HTML`);
      continue;
    }
    if (html.includes("Internal Server Error")) problems.push(`${path} says Internal Server Error`);
    // The page's language is the one its address names (/ru/…, /kk/…), English without one.
    const first = path.split("/")[1] ?? "";
    const lang = isLocale(first) ? first : "en";
    if (!new RegExp(`<html[^>]*\\blang="${lang}"`).test(html)) {
      problems.push(`${path} has no <html lang="${lang}">`);
    }
    const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
    if (h1s !== 1) problems.push(`${path} has ${h1s} h1 elements`);

    for (const href of linksIn(html)) {
      if (/^(mailto|tel|javascript):/i.test(href)) continue;
      const url = new URL(href, origin + path);
      if (url.origin !== origin) continue;
      // The feeds are not pages (feeds.spec.ts reads them).
      if (/\.(xml|json)$/.test(url.pathname)) continue;
      const target = url.pathname + url.search;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }

  expect(problems).toEqual([]);

  // Everything the content defines is reachable by following links from the home page, in
  // every language (the language switcher leads from each page to its other versions).
  const english = [
    paths.home,
    paths.news,
    paths.initiatives,
    paths.signatories,
    paths.safety,
    ...news.map((item) => paths.article(item.slug)),
    ...initiatives.map((item) => paths.initiative(item.slug)),
    ...signatories.map((item) => paths.signatory(item.slug)),
    ...browsePaths(),
    "/search",
  ];
  const expected = LOCALES.flatMap((locale) =>
    english.map((path) =>
      locale === "en" ? path : path === "/" ? `/${locale}` : `/${locale}${path}`,
    ),
  );
  expect(expected.length).toBeLessThanOrEqual(MAX_PAGES);
  expect(visited.filter((path) => expected.includes(path)).sort()).toEqual([...expected].sort());
  // No link leads outside the known pages (e.g. to a misspelled address).
  expect(visited.filter((path) => !expected.includes(path))).toEqual([]);
});
