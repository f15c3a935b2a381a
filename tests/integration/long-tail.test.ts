/**
 * The archive beyond what the build prerenders (lib/prerender.ts): a copy of the site is
 * built with a generated corpus larger than the prerender budget, then served. Pages of the
 * long tail render on their first request — complete, with their own Content-Security-Policy
 * — and are cached; addresses that name nothing get the prebuilt 404 page, with its body.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NEWS_PER_PAGE } from "@/lib/pagination";
import { PRERENDER } from "@/lib/prerender";
import { inlineHashes } from "@/lib/security/policy.mjs";
import { run, serve, waitUntilAnswering, type SiteCopy } from "../../scripts/site-copy";
import { oldestArticleSlugs, siteWithGeneratedCorpus } from "./generated-corpus";

const PORT = Number(process.env.INTEGRATION_PORT_LONG_TAIL ?? 3174);
const DOCS = 400;
let site: SiteCopy;
let server: Awaited<ReturnType<typeof serve>>;
let prerendered: Set<string>;

beforeAll(async () => {
  site = siteWithGeneratedCorpus(DOCS);
  run("npm", ["run", "--silent", "build"], site.dir, { CONTENT_DIR: site.contentDir });
  const manifest = JSON.parse(
    fs.readFileSync(path.join(site.dir, ".next/prerender-manifest.json"), "utf8"),
  ) as { routes: Record<string, unknown> };
  prerendered = new Set(Object.keys(manifest.routes));
  server = await serve(site.dir, PORT);
});

afterAll(async () => {
  await server?.stop();
  site?.remove();
});

async function get(pathname: string) {
  const response = await fetch(server.url + pathname, { redirect: "manual" });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

/** Public articles of the generated corpus, oldest first. */
function oldestArticles(count: number): string[] {
  return oldestArticleSlugs(site.contentDir, new Date().toISOString().slice(0, 10), count);
}

describe("the long tail of the archive", () => {
  it("prerenders only what readers open most", () => {
    const articles = [...prerendered].filter((route) => /^\/(en|ru)\/news\/item-\d+$/.test(route));
    expect(articles).toHaveLength(PRERENDER.articles * 2);
  });

  it("prerenders, in the languages that fall back, one page of each kind; the others on demand", async () => {
    // The generated corpus is translated into Russian only: in each national language, only
    // the first item of each kind is prerendered (see lib/prerender.ts), the rest on demand.
    const ofKind = (locale: string, folder: string) =>
      [...prerendered].filter((route) => new RegExp(`^/${locale}/${folder}/[^/]+$`).test(route));
    for (const locale of ["kk", "ky", "uz", "tg", "tk"]) {
      for (const folder of ["news", "initiatives", "signatories"]) {
        expect(ofKind(locale, folder), `${locale} ${folder}`).toHaveLength(1);
      }
    }
    const english = ofKind("en", "news");
    const slug = english
      .map((route) => route.split("/").at(-1)!)
      .find((candidate) => !prerendered.has(`/kk/news/${candidate}`))!;
    const kazakh = await get(`/kk/news/${slug}`);
    expect(kazakh.status).toBe(200);
    expect(kazakh.html).toMatch(/<html lang="kk"/);
    expect(kazakh.html).toMatch(/<h1[^>]*\slang="(ru|en)"[^>]*>[^<]+<\/h1>/);
    expect((await get(`/kk/news/${slug}`)).headers.get("x-nextjs-cache")).toBe("HIT");
  });

  it("renders an old article on its first request, complete and with its own policy, then caches it", async () => {
    const [slug] = oldestArticles(1);
    expect(prerendered.has(`/en/news/${slug}`)).toBe(false);
    const first = await get(`/news/${slug}`);
    expect(first.status).toBe(200);
    expect(first.html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expect(first.html).not.toContain("__next_error__");
    const policy = first.headers.get("content-security-policy") ?? "";
    for (const hash of inlineHashes(first.html).scriptHashes) expect(policy).toContain(hash);
    expect(first.headers.get("cache-control")).toMatch(/s-maxage=3600/);
    const second = await get(`/news/${slug}`);
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(second.html).toBe(first.html);
    // Its ETag is made when it renders (lib/cache/page-validators.mjs), the same on the hit,
    // and a reader who holds it gets a 304.
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(second.headers.get("etag")).toBe(etag);
    const again = await fetch(`${server.url}/news/${slug}`, {
      headers: { "if-none-match": etag! },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
  });

  it("renders its preview image, its Russian version and later list pages on demand", async () => {
    const [slug] = oldestArticles(1);
    const image = await fetch(`${server.url}/news/${slug}/opengraph-image`);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect((await get(`/ru/news/${slug}`)).status).toBe(200);
    const deep = PRERENDER.listPages + 1;
    expect(prerendered.has(`/en/news/page/${deep}`)).toBe(false);
    const archive = await get(`/news/page/${deep}`);
    expect(archive.status).toBe(200);
    expect(archive.html).toMatch(/href="\/news\/item-\d+"/);
    const topic = await get(`/tags/data/page/${deep}`);
    expect(topic.status).toBe(200);
  });

  it("answers an address that names nothing with the prebuilt 404 page, body and all", async () => {
    for (const pathname of [
      "/news/no-such-item",
      "/ru/news/no-such-item",
      `/news/page/${Math.ceil(DOCS / NEWS_PER_PAGE) + 5}`,
      "/tags/no-such-topic",
      "/tags/data/page/999",
      "/countries/zz",
      "/countries/kz/page/999",
      "/news/year/1999",
      "/news/year/2020/page/999",
      "/signatories/no-such-organisation",
      "/initiatives/no-such-initiative",
    ]) {
      const { status, html } = await get(pathname);
      expect(status, pathname).toBe(404);
      // In the address's language.
      const title = pathname.startsWith("/ru/") ? "Страница не найдена" : "Page not found";
      expect(html, pathname).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
    }
  });

  it("is served the same by the standalone server the Dockerfile ships, from any directory", async () => {
    const app = fs.mkdtempSync(path.join(os.tmpdir(), "standalone-"));
    fs.cpSync(path.join(site.dir, ".next/standalone"), app, { recursive: true });
    fs.cpSync(path.join(site.dir, ".next/static"), path.join(app, ".next/static"), {
      recursive: true,
    });
    const standalone = spawn("node", ["server.js"], {
      cwd: app,
      env: { ...process.env, PORT: String(PORT + 1), HOSTNAME: "127.0.0.1" },
      stdio: "ignore",
    });
    try {
      const origin = `http://127.0.0.1:${PORT + 1}`;
      await waitUntilAnswering(origin, 50);
      const [slug] = oldestArticles(2).slice(1);
      const article = await fetch(`${origin}/news/${slug}`);
      const html = await article.text();
      expect(article.status).toBe(200);
      const policy = article.headers.get("content-security-policy") ?? "";
      for (const hash of inlineHashes(html).scriptHashes) expect(policy).toContain(hash);
      const image = await fetch(`${origin}/ru/news/${slug}/opengraph-image`);
      expect(image.headers.get("content-type")).toBe("image/png");
      const search = await fetch(`${origin}/search?q=violence`);
      expect(search.headers.get("content-security-policy")).toMatch(/'nonce-/);
      expect((await fetch(`${origin}/news/no-such-item`)).status).toBe(404);
    } finally {
      standalone.kill();
      fs.rmSync(app, { recursive: true, force: true });
    }
  });

  it("prerenders at most the most active organisations", () => {
    const organisations = [...prerendered].filter((route) => /^\/en\/signatories\/./.test(route));
    const files = fs
      .readdirSync(path.join(site.contentDir, "signatories"))
      .filter((file) => /^[^.]+\.md$/.test(file));
    expect(organisations).toHaveLength(Math.min(files.length, PRERENDER.signatories));
  });
});
