/**
 * Files the cache tier serves itself, written when the cluster is built:
 * - its error pages in every language, from the dictionaries: "temporarily unavailable"
 *   (503.html for the default language, 503.<code>.html for the others) and the 400 page for
 *   a request nginx cannot read itself, such as broken percent-encoding (400.html, 400.<code>.html);
 * - a gzip copy beside each compressible hashed asset, which nginx sends as it is
 *   (gzip_static): assets are compressed once, not on every request.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { errorPageHtml, type ErrorPageKind } from "../../lib/http/error-page";
import { DEFAULT_LOCALE, LOCALES } from "../../lib/i18n/config";

const COMPRESSIBLE = /\.(?:js|css|svg|json|txt|map)$/;

const STATUS: Record<ErrorPageKind, number> = { badRequest: 400, unavailable: 503 };

export function errorPageName(kind: ErrorPageKind, locale: string): string {
  const status = STATUS[kind];
  return locale === DEFAULT_LOCALE ? `${status}.html` : `${status}.${locale}.html`;
}

export function writeErrorPages(dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  for (const kind of Object.keys(STATUS) as ErrorPageKind[]) {
    for (const locale of LOCALES) {
      fs.writeFileSync(path.join(dir, errorPageName(kind, locale)), errorPageHtml(locale, kind));
    }
  }
}

/** Writes FILE.gz beside each compressible file under `dir` that has none yet. */
export function compressAssets(dir: string): number {
  let written = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (fs.existsSync(`${file}.gz`)) continue;
    fs.writeFileSync(`${file}.gz`, gzipSync(fs.readFileSync(file), { level: 9 }));
    written++;
  }
  return written;
}
