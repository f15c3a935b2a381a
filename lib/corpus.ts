/**
 * The site's corpora: the only module that imports Contentlayer's generated records.
 * Built once per server process, one per language; pages pass the one for their language
 * to the pure queries in lib/.
 */
import { allDocuments } from "contentlayer/generated";
import path from "node:path";
import { buildCorpora, recordsByType, type GeneratedRecord } from "./content/corpus";
import type { Corpus } from "./content/model";
import { contentDir } from "./content/paths";
import { DEFAULT_LOCALE, type Locale } from "./i18n/config";

const corpora = buildCorpora(recordsByType(allDocuments as unknown as GeneratedRecord[]), {
  // Messages name files as editors see them, e.g. content/news/foo.md
  contentRoot: path.relative(process.cwd(), contentDir()) || ".",
  includeDraftTranslations: process.env.NODE_ENV === "development",
});

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
