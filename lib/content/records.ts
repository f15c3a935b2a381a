/**
 * Contentlayer's records, read the one way the site reads them: from the JSON files
 * `contentlayer2 build` writes (.contentlayer/generated/<Type>/_index.json, the files its
 * `contentlayer/generated` module imports). The server, the search-index script and the
 * benchmark all read them here. They are read from disk rather than imported because a
 * bundler copies an imported JSON file into every server chunk that uses it — four copies of
 * the archive, 66 MB of source each at 10,000 documents (docs/performance.md).
 */
import fs from "node:fs";
import path from "node:path";

/** The parts of a Contentlayer record the site reads: its file, its body, its fields. */
export type GeneratedRecord = {
  _raw: { sourceFilePath: string; sourceFileName: string; sourceFileDir: string };
  body: { raw: string; html: string };
  [field: string]: unknown;
};

export const GENERATED_DIR = path.join(
  /*turbopackIgnore: true*/ process.cwd(),
  ".contentlayer",
  "generated",
);

function indexFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(dir, entry.name, "_index.json"))
    .filter((file) => fs.existsSync(file));
}

/** Every record Contentlayer generated, originals and translations alike. */
export function readGeneratedRecords(dir: string = GENERATED_DIR): GeneratedRecord[] {
  return indexFiles(dir).flatMap(
    (file) => JSON.parse(fs.readFileSync(file, "utf8")) as GeneratedRecord[],
  );
}

/** When the records last changed (for `npm run dev`, which regenerates them as editors save). */
export function recordsVersion(dir: string = GENERATED_DIR): string {
  return indexFiles(dir)
    .map((file) => `${file}:${fs.statSync(file).mtimeMs}`)
    .join("|");
}
