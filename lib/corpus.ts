/**
 * The site's corpora: the only module that reads Contentlayer's generated records.
 * Built once per server process, one per language; pages pass the one for their language
 * to the pure queries in lib/.
 */
import fs from "node:fs";
import path from "node:path";
import { buildCorpora, recordsByType, type GeneratedRecord } from "./content/corpus";
import type { Corpus } from "./content/model";
import { contentDir } from "./content/paths";
import { DEFAULT_LOCALE, type Locale } from "./i18n/config";
import { processWide } from "./process-wide";

/** Where Contentlayer writes its records: one `_index.json` per document type. */
const GENERATED_DIR = path.join(
  /*turbopackIgnore: true*/ process.cwd(),
  ".contentlayer",
  "generated",
);

function readGeneratedRecords(): GeneratedRecord[] {
  return fs
    .readdirSync(GENERATED_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const file = path.join(GENERATED_DIR, entry.name, "_index.json");
      return fs.existsSync(file)
        ? (JSON.parse(fs.readFileSync(file, "utf8")) as GeneratedRecord[])
        : [];
    });
}

/**
 * The records are read from disk, not imported: a bundler copies an imported JSON file into
 * every server chunk that uses it, and Next's server loads several such chunks (the proxy,
 * pages, route handlers) — four copies of the whole archive, 66 MB of source each at 10,000
 * documents (docs/performance.md). Under `next dev` they are imported, so that pages reload
 * when Contentlayer regenerates them; the production build drops that branch.
 */
function loadRecords(): GeneratedRecord[] {
  if (process.env.NODE_ENV === "development") {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- development only, see above
    const generated = require("contentlayer/generated") as { allDocuments: unknown[] };
    return generated.allDocuments as GeneratedRecord[];
  }
  return readGeneratedRecords();
}

function createCorpora(): Record<Locale, Corpus> {
  return buildCorpora(recordsByType(loadRecords()), {
    // Messages name files as editors see them, e.g. content/news/foo.md
    contentRoot: path.relative(process.cwd(), contentDir()) || ".",
    includeDraftTranslations: process.env.NODE_ENV === "development",
  });
}

const corpora = processWide("corpora", createCorpora);

/** Items as readers of `locale` see them. */
export function getCorpus(locale: Locale): Corpus {
  return corpora[locale];
}

/**
 * The default language's corpus, for what does not depend on the language: which slugs
 * exist, publication dates, drafts, former addresses (proxy.ts, lib/routing.ts).
 */
export const corpus = corpora[DEFAULT_LOCALE];

/** Every language's corpus, e.g. for the search index (one index holds every language). */
export const allCorpora = Object.values(corpora);
