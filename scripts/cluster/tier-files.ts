/**
 * Files the cache tier serves itself, written when the cluster is built:
 * - the "temporarily unavailable" page in every language (503.html for the default
 *   language, 503.<code>.html for the others), from the dictionaries;
 * - a gzip copy beside each compressible hashed asset, which nginx sends as it is
 *   (gzip_static): assets are compressed once, not on every request.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { errorPageHtml } from "../../lib/http/error-page";
import { DEFAULT_LOCALE, LOCALES } from "../../lib/i18n/config";

const COMPRESSIBLE = /\.(?:js|css|svg|json|txt|map)$/;

export function unavailablePageName(locale: string): string {
  return locale === DEFAULT_LOCALE ? "503.html" : `503.${locale}.html`;
}

export function writeUnavailablePages(dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  for (const locale of LOCALES) {
    fs.writeFileSync(
      path.join(dir, unavailablePageName(locale)),
      errorPageHtml(locale, "unavailable"),
    );
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
