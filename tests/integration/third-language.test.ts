/**
 * Adding a language is translation, not code — and the layout is ready for one written right
 * to left (Dari and Pashto, for Afghanistan). On a copy of the site, a clearly fictional
 * fixture language ("fa", written right to left, English text under another name) is added by
 * exactly the steps of docs/adding-a-language.md: one entry in
 * lib/i18n/config.ts, a dictionary (lib/i18n/messages/fa.json: en.json with the fixture's
 * texts over it) registered in lib/i18n/dictionary.ts with its error-page words, and a
 * translated document. The site is built and served, and then:
 * - every page exists in it, with its interface, `lang` and `dir="rtl"`; untranslated items
 *   show in their original language, marked; the switcher, hreflang, sitemap and feed
 *   include it; the other languages are as they were;
 * - in Chromium, the header, the quick exit bar and the footer are mirrored (the quick exit
 *   at the inline end, which is the left edge), the quick exit works (click, Shift ×3),
 *   nothing overflows sideways at 320 px, and the language switcher is there.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySite, run, serve, type SiteCopy } from "../../scripts/site-copy";
import { CHROMIUM_ARGS, chromiumExecutable } from "../e2e/chromium";
import en from "../../lib/i18n/messages/en.json" with { type: "json" };

const PORT = Number(process.env.INTEGRATION_PORT_LANGUAGE ?? 3572);
/** Where the fixture language's quick exit leads; the browser answers for it (no network). */
const QUICK_EXIT = "https://weather.example/fixture";
let site: SiteCopy;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

/** Replaces text in a file of the copy, failing loudly if the documented line is not there. */
function edit(file: string, from: string, to: string) {
  const absolute = path.join(site.dir, file);
  const text = fs.readFileSync(absolute, "utf8");
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}`);
  fs.writeFileSync(absolute, text.replace(from, to));
}

/** `base` with `over`'s texts in place of its own, key by key. */
function translated(base: unknown, over: unknown): unknown {
  if (!over || typeof over !== "object" || Array.isArray(over)) return over ?? base;
  const result = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) result[key] = translated(result[key], value);
  return result;
}

beforeAll(async () => {
  site = copySite();
  fs.cpSync(path.resolve("tests/fixtures/content-valid"), site.contentDir, { recursive: true });

  // Step 1: the language's entry in lib/i18n/config.ts, written right to left.
  edit(
    "lib/i18n/config.ts",
    "  ru: {\n",
    `  fa: { name: "Fixture RTL", fonts: ["latin"], intl: "fa-AF", openGraph: "fa_AF", quickExit: "${QUICK_EXIT}", dir: "rtl" },\n  ru: {\n`,
  );
  // Step 2: its dictionary — en.json translated (here: the fixture's few texts over the
  // English) — registered beside the others…
  const english = JSON.parse(
    fs.readFileSync(path.join(site.dir, "lib/i18n/messages/en.json"), "utf8"),
  ) as unknown;
  const fixture = JSON.parse(fs.readFileSync("tests/fixtures/i18n/fa.json", "utf8")) as unknown;
  fs.writeFileSync(
    path.join(site.dir, "lib/i18n/messages/fa.json"),
    JSON.stringify(translated(english, fixture), null, 2),
  );
  edit(
    "lib/i18n/dictionary.ts",
    `import ru from "./messages/ru.json" with { type: "json" };`,
    `import fa from "./messages/fa.json" with { type: "json" };\nimport ru from "./messages/ru.json" with { type: "json" };`,
  );
  edit("lib/i18n/dictionary.ts", "= { en, ru,", "= { en, ru, fa,");
  // …and the few words of the error page, which every page's script carries.
  edit(
    "lib/i18n/error-page.ts",
    "\n};\n",
    `\n  fa: {\n    title: "This page could not be shown (fixture)",\n    body: "Something went wrong on our side.",\n    home: "Go to the home page",\n    exit: "Exit this page",\n  },\n};\n`,
  );
  // Step 3: translations, named <slug>.fa.md.
  fs.copyFileSync(
    path.resolve("tests/fixtures/i18n/statement.fa.md"),
    path.join(site.contentDir, "news/statement.fa.md"),
  );

  // QUICK_EXIT_URL would send every language to one address: the language's own is tested.
  run("npm", ["run", "--silent", "build"], site.dir, {
    CONTENT_DIR: site.contentDir,
    QUICK_EXIT_URL: "",
  });
  server = await serve(site.dir, PORT);
  browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  // A whole build and a server start: on a busy 2-core machine that takes several minutes.
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  site?.remove();
});

async function page(pathname: string) {
  const response = await fetch(server.url + pathname, { redirect: "manual" });
  return { status: response.status, html: await response.text() };
}

/** A browser page at `width` px, with the quick exit's destination answered locally. */
async function open(pathname: string, width = 1280, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  await context.route(`${new URL(QUICK_EXIT).origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title>" }),
  );
  const tab = await context.newPage();
  await tab.goto(server.url + pathname);
  return tab;
}

type Box = { left: number; right: number };
async function box(tab: Page, selector: string): Promise<Box> {
  const rect = await tab.locator(selector).first().boundingBox();
  if (!rect) throw new Error(`${selector} is not shown`);
  return { left: rect.x, right: rect.x + rect.width };
}

/** A page of each kind in the fixture language. */
const PAGES = [
  "/fa",
  "/fa/news",
  "/fa/news/statement",
  "/fa/initiatives",
  "/fa/initiatives/spotlight",
  "/fa/signatories/un-women",
  "/fa/staying-safe-online",
  "/fa/search?q=statement",
];

const quickExitBar = `nav[aria-label="${en.quickExit.region}"]`;
const quickExit = `${quickExitBar} a[data-quick-exit]`;
const centre = (b: Box) => (b.left + b.right) / 2;

/** Where the landmarks sit: each pair is [the one that comes first, the one after it]. */
async function layout(tab: Page) {
  return {
    // The masthead: the site's name, then the language switcher.
    masthead: [
      await box(tab, "header > div > div:first-child > a"),
      await box(tab, `nav[aria-label="${en.language.label}"]`),
    ],
    // The quick exit bar: the link to the safety page, then the quick exit.
    bar: [await box(tab, `${quickExitBar} a:not([data-quick-exit])`), await box(tab, quickExit)],
    // The header: the sections, then search.
    header: [
      await box(tab, `nav[aria-label="${en.site.primaryNavigation}"] li`),
      await box(tab, "header form"),
    ],
    // The footer: the site's name and note, then its links.
    footer: [
      await box(tab, "footer > div > div"),
      await box(tab, `nav[aria-label="${en.site.footerNavigation}"]`),
    ],
  };
}

describe("a third language, right to left, added by the documented steps", () => {
  it("serves every page in it, with its interface, lang and dir", async () => {
    for (const pathname of PAGES) {
      const { status, html } = await page(pathname);
      expect(status, pathname).toBe(200);
      expect(html, pathname).toMatch(/<html lang="fa" dir="rtl"/);
      expect(html, pathname).toContain(`>${en.nav.news}<`);
    }
    const missing = await page("/fa/no-such-page");
    expect(missing.status).toBe(404);
    expect(missing.html).toMatch(/<html lang="fa" dir="rtl"/);
    // The site's own languages stay left to right.
    expect((await page("/news/statement")).html).toMatch(/<html lang="en" dir="ltr"/);
    expect((await page("/ru/news/statement")).html).toMatch(/<html lang="ru" dir="ltr"/);
  });

  it("shows a translated item in the new language", async () => {
    const { html } = await page("/fa/news/statement");
    expect(html).toMatch(/<h1[^>]*>A joint statement, in the fixture language<\/h1>/);
    expect(html).not.toContain('role="note"');
  });

  it("shows an untranslated item in its original language, marked, with lang set", async () => {
    const { html } = await page("/fa/initiatives/spotlight");
    expect(html).toMatch(/<h1 lang="en"[^>]*>Spotlight<\/h1>/);
    expect(html).toMatch(/role="note"[^>]*>This item has not been translated into Fixture RTL/);
    const list = await page("/fa/initiatives");
    expect(list.html).toMatch(/<a lang="en"[^>]*href="\/fa\/initiatives\/spotlight"/);
  });

  it("links every language to the others: switcher, hreflang and sitemap", async () => {
    const { html } = await page("/news/statement");
    expect(html).toMatch(
      /<a href="\/fa\/news\/statement" hrefLang="fa" lang="fa"[^>]*>Fixture RTL<\/a>/,
    );
    expect(html).toMatch(
      /<a href="\/ru\/news\/statement" hrefLang="ru" lang="ru"[^>]*>Русский<\/a>/,
    );
    expect(html).toContain('hrefLang="fa" href="http://localhost:3000/fa/news/statement"');
    expect(html).toContain('<meta property="og:locale:alternate" content="fa_AF"/>');
    const sitemap = await page("/sitemap.xml");
    expect(sitemap.html).toContain("<loc>http://localhost:3000/fa/news/statement</loc>");
    expect(sitemap.html).toContain(
      '<xhtml:link rel="alternate" hreflang="fa" href="http://localhost:3000/fa/news/statement"/>',
    );
    // An item without a translation is not announced as a page in the new language.
    expect(sitemap.html).not.toContain("<loc>http://localhost:3000/fa/initiatives/spotlight</loc>");
  });

  it("has its own feed", async () => {
    const { status, html } = await page("/fa/feed.xml");
    expect(status).toBe(200);
    expect(html).toContain("<language>fa</language>");
    expect(html).toContain("<title><![CDATA[A joint statement, in the fixture language]]></title>");
  });

  it("mirrors the header, the quick exit bar and the footer", async () => {
    const [ltrTab, rtlTab] = [await open("/news/statement"), await open("/fa/news/statement")];
    const [ltr, rtl] = [await layout(ltrTab), await layout(rtlTab)];
    await ltrTab.context().close();
    await rtlTab.context().close();
    for (const part of ["masthead", "bar", "header", "footer"] as const) {
      const [firstLtr, nextLtr] = ltr[part];
      const [firstRtl, nextRtl] = rtl[part];
      // Left to right the first comes left of the next; right to left, right of it.
      expect(centre(firstLtr!), `${part}, ltr`).toBeLessThan(centre(nextLtr!));
      expect(centre(firstRtl!), `${part}, rtl`).toBeGreaterThan(centre(nextRtl!));
    }
    // The quick exit sits at the inline end: the right edge, or right to left the left one.
    expect(ltr.bar[1]!.right).toBeGreaterThan(1280 / 2);
    expect(rtl.bar[1]!.left).toBeLessThan(1280 / 2);
    expect(rtl.bar[1]!.left).toBeLessThan(rtl.bar[0]!.left);
  });

  it("leaves by the quick exit: a click, Shift pressed 3 times, or a click without JavaScript", async () => {
    const clicked = await open("/fa/news/statement", 390);
    await clicked.locator(`${quickExit}[data-quick-exit="ready"]`).waitFor();
    await clicked.locator(quickExit).click();
    await clicked.waitForURL(QUICK_EXIT);

    const pressed = await open("/fa", 390);
    await pressed.locator(`${quickExit}[data-quick-exit="ready"]`).waitFor();
    for (let press = 0; press < 3; press++) await pressed.keyboard.press("Shift");
    await pressed.waitForURL(QUICK_EXIT);

    const plain = await open("/fa/staying-safe-online", 390, false);
    await plain.locator(quickExit).click();
    await plain.waitForURL(QUICK_EXIT);
    for (const tab of [clicked, pressed, plain]) await tab.context().close();
  });

  it("fits a 320 px screen without sideways scrolling, the language switcher included", async () => {
    for (const pathname of [...PAGES, "/fa/no-such-page"]) {
      const tab = await open(pathname, 320);
      const overflow = () =>
        tab.evaluate(() => ({
          dir: document.documentElement.dir,
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
      const sizes = await overflow();
      expect(sizes.dir, pathname).toBe("rtl");
      expect(sizes.scroll, pathname).toBeLessThanOrEqual(sizes.client);
      if (pathname !== "/fa/no-such-page") {
        // Opened, the switcher's list of languages stays on the screen, mirrored or not.
        const switcher = tab.locator(`nav[aria-label="${en.language.label}"]`);
        await switcher.locator("summary").click();
        const list = await box(tab, `nav[aria-label="${en.language.label}"] ul`);
        expect(list.left, pathname).toBeGreaterThanOrEqual(0);
        expect(list.right, pathname).toBeLessThanOrEqual(320);
        expect((await overflow()).scroll, pathname).toBeLessThanOrEqual(sizes.client);
        await expect(
          switcher.getByRole("link", { name: "English", exact: true }).isVisible(),
        ).resolves.toBe(true);
      }
      await tab.context().close();
    }
  });

  it("switches language from a right-to-left page, without JavaScript too", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({
        viewport: { width: 320, height: 700 },
        javaScriptEnabled,
      });
      const tab = await context.newPage();
      await tab.goto(`${server.url}/fa/news/statement`);
      const switcher = tab.locator(`nav[aria-label="${en.language.label}"]`);
      await switcher.locator("summary").click();
      await switcher.getByRole("link", { name: "Русский" }).click();
      await tab.waitForURL(`${server.url}/ru/news/statement`);
      expect(await tab.evaluate(() => document.documentElement.dir)).toBe("ltr");
      await context.close();
    }
  });

  it("leaves the other languages as they were", async () => {
    const english = await page("/news/statement");
    expect(english.html).toMatch(/<h1[^>]*>A joint statement<\/h1>/);
    const russian = await page("/ru/news/statement");
    expect(russian.status).toBe(200);
    expect(russian.html).toMatch(/<html[^>]*lang="ru"/);
  });
});
