/**
 * What a reader downloads for one page: its HTML, every script and style sheet it loads, raw and
 * gzip-compressed (as the server sends them to a browser that asks for gzip). Scripts of
 * the site's own client components are told apart from the framework's by strings only
 * they contain (the minifier keeps string literals).
 */
import { gzipSync } from "node:zlib";

/** A string each of our client islands contains, and the island's name. */
const OWN_ISLANDS: [string, string][] = [
  ["quick-exit-active", "quick exit"],
  ["language-suggestion-dismissed", "language switcher"],
  ['execCommand("copy")', "share buttons"],
];

export type Bytes = { raw: number; gzip: number };
export type PageWeight = {
  html: Bytes;
  /** Every script the page loads. */
  js: Bytes & { files: number };
  /** Scripts holding the site's own islands (and whatever the bundler put with them). */
  ownJs: Bytes & { islands: string[] };
  /** The rest: React and Next's runtime. */
  frameworkJs: Bytes;
  /** Every style sheet the page links (the fonts they name are measured by font-weight.ts). */
  css: Bytes & { files: number };
};

async function fetchBytes(url: string): Promise<Bytes & { text: string }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const text = await response.text();
  const raw = Buffer.byteLength(text);
  return { text, raw, gzip: gzipSync(text, { level: 6 }).length };
}

export async function pageWeight(origin: string, path: string): Promise<PageWeight> {
  const html = await fetchBytes(origin + path);
  const sources = [
    ...new Set([...html.text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!)),
  ];
  const js = { raw: 0, gzip: 0, files: sources.length };
  const ownJs = { raw: 0, gzip: 0, islands: [] as string[] };
  for (const source of sources) {
    const script = await fetchBytes(new URL(source, origin).href);
    js.raw += script.raw;
    js.gzip += script.gzip;
    const islands = OWN_ISLANDS.filter(([marker]) => script.text.includes(marker));
    if (islands.length > 0) {
      ownJs.raw += script.raw;
      ownJs.gzip += script.gzip;
      ownJs.islands.push(...islands.map(([, name]) => name));
    }
  }
  const sheets = [
    ...new Set(
      [...html.text.matchAll(/<link[^>]*\brel="stylesheet"[^>]*>/g)].flatMap(
        (tag) => /\bhref="([^"]+)"/.exec(tag[0])?.[1] ?? [],
      ),
    ),
  ];
  const css = { raw: 0, gzip: 0, files: sheets.length };
  for (const sheet of sheets) {
    const bytes = await fetchBytes(new URL(sheet, origin).href);
    css.raw += bytes.raw;
    css.gzip += bytes.gzip;
  }
  return {
    css,
    html: { raw: html.raw, gzip: html.gzip },
    js,
    ownJs,
    frameworkJs: { raw: js.raw - ownJs.raw, gzip: js.gzip - ownJs.gzip },
  };
}
