/**
 * Adding a language is translation, not code: on a copy of the site, Kazakh is added by
 * exactly the steps of docs/adding-a-language.md — one line in
 * lib/i18n/config.ts, a dictionary (lib/i18n/messages/kk.json, a fixture here) registered in lib/i18n/dictionary.ts
 * with its error-page words, and a translated document — then the site is built and served. Every page exists in
 * Kazakh, untranslated items show in their original language, marked and with `lang`, and
 * the links between languages, the feed and the sitemap include the new language.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySite, run, serve, type SiteCopy } from "../../scripts/site-copy";

const PORT = Number(process.env.INTEGRATION_PORT_LANGUAGE ?? 3172);
let site: SiteCopy;
let server: Awaited<ReturnType<typeof serve>>;

/** Replaces text in a file of the copy, failing loudly if the documented line is not there. */
function edit(file: string, from: string, to: string) {
  const absolute = path.join(site.dir, file);
  const text = fs.readFileSync(absolute, "utf8");
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}`);
  fs.writeFileSync(absolute, text.replace(from, to));
}

beforeAll(async () => {
  site = copySite();
  fs.cpSync(path.resolve("tests/fixtures/content-valid"), site.contentDir, { recursive: true });

  // Step 1: the language's entry in lib/i18n/config.ts.
  edit(
    "lib/i18n/config.ts",
    "  ru: {\n",
    `  kk: { name: "Қазақша", intl: "kk-KZ", openGraph: "kk_KZ", quickExit: "https://www.gismeteo.kz/" },\n  ru: {\n`,
  );
  // Step 2: its dictionary (lib/i18n/messages/kk.json), registered beside the others.
  fs.copyFileSync(
    path.resolve("tests/fixtures/i18n/kk.json"),
    path.join(site.dir, "lib/i18n/messages/kk.json"),
  );
  edit(
    "lib/i18n/dictionary.ts",
    `import ru from "./messages/ru.json";`,
    `import kk from "./messages/kk.json";\nimport ru from "./messages/ru.json";`,
  );
  edit("lib/i18n/dictionary.ts", "{ en, ru }", "{ en, ru, kk }");
  // …and the few words of the error page, which every page's script carries.
  edit(
    "lib/i18n/error-page.ts",
    "\n};\n",
    `\n  kk: {\n    title: "Бұл бетті көрсету мүмкін болмады",\n    body: "Бізде қате орын алды.",\n    home: "Басты бетке өту",\n    exit: "Беттен шығу",\n  },\n};\n`,
  );
  // Step 3: translations, named <slug>.kk.md.
  fs.copyFileSync(
    path.resolve("tests/fixtures/i18n/statement.kk.md"),
    path.join(site.contentDir, "news/statement.kk.md"),
  );

  run("npm", ["run", "--silent", "build"], site.dir, { CONTENT_DIR: site.contentDir });
  server = await serve(site.dir, PORT);
});

afterAll(async () => {
  await server?.stop();
  site?.remove();
});

async function page(pathname: string) {
  const response = await fetch(server.url + pathname, { redirect: "manual" });
  return { status: response.status, html: await response.text() };
}

describe("a third language, added by the documented steps", () => {
  it("serves every page in it, with its interface", async () => {
    for (const pathname of [
      "/kk",
      "/kk/news",
      "/kk/news/statement",
      "/kk/initiatives",
      "/kk/initiatives/spotlight",
      "/kk/signatories/un-women",
      "/kk/staying-safe-online",
      "/kk/search?q=statement",
    ]) {
      const { status, html } = await page(pathname);
      expect(status, pathname).toBe(200);
      expect(html, pathname).toMatch(/<html[^>]*lang="kk"/);
      expect(html, pathname).toContain(">Жаңалықтар<");
    }
  });

  it("shows a translated item in the new language", async () => {
    const { html } = await page("/kk/news/statement");
    expect(html).toMatch(/<h1[^>]*>Бірлескен мәлімдеме<\/h1>/);
    expect(html).not.toContain('role="note"');
  });

  it("shows an untranslated item in its original language, marked, with lang set", async () => {
    const { html } = await page("/kk/initiatives/spotlight");
    expect(html).toMatch(/<h1 lang="en"[^>]*>Spotlight<\/h1>/);
    expect(html).toMatch(/role="note"[^>]*>Бұл материал әлі қазақ тіліне аударылмаған/);
    // On lists, too: the item's title carries its language, and a badge says which.
    const list = await page("/kk/initiatives");
    expect(list.html).toMatch(/<a lang="en"[^>]*href="\/kk\/initiatives\/spotlight"/);
  });

  it("links every language to the others: switcher, hreflang and sitemap", async () => {
    const { html } = await page("/news/statement");
    expect(html).toMatch(
      /<a href="\/kk\/news\/statement" hrefLang="kk" lang="kk"[^>]*>Қазақша<\/a>/,
    );
    expect(html).toMatch(
      /<a href="\/ru\/news\/statement" hrefLang="ru" lang="ru"[^>]*>Русский<\/a>/,
    );
    expect(html).toContain('hrefLang="kk" href="http://localhost:3000/kk/news/statement"');
    expect(html).toContain('<meta property="og:locale:alternate" content="kk_KZ"/>');
    const sitemap = await page("/sitemap.xml");
    expect(sitemap.html).toContain("<loc>http://localhost:3000/kk/news/statement</loc>");
    expect(sitemap.html).toContain(
      '<xhtml:link rel="alternate" hreflang="kk" href="http://localhost:3000/kk/news/statement"/>',
    );
    // An item without a Kazakh translation is not announced as a Kazakh page.
    expect(sitemap.html).not.toContain("<loc>http://localhost:3000/kk/initiatives/spotlight</loc>");
    expect(sitemap.html).not.toContain(
      'hreflang="kk" href="http://localhost:3000/kk/initiatives/spotlight"',
    );
  });

  it("has its own feed", async () => {
    const { status, html } = await page("/kk/feed.xml");
    expect(status).toBe(200);
    expect(html).toContain("<language>kk</language>");
    expect(html).toContain("<title><![CDATA[Бірлескен мәлімдеме]]></title>");
  });

  it("leaves the other languages as they were", async () => {
    const english = await page("/news/statement");
    expect(english.html).toMatch(/<h1[^>]*>A joint statement<\/h1>/);
    const russian = await page("/ru/news/statement");
    expect(russian.status).toBe(200);
    expect(russian.html).toMatch(/<html[^>]*lang="ru"/);
  });
});
