/**
 * The site's corpora: the only module that reads Contentlayer's generated records at run
 * time. Built once per server process, one per language; pages pass the one for their
 * language to the pure queries in lib/.
 */
import path from "node:path";
import { buildCorpora, recordsByType } from "./content/corpus";
import type { Corpus } from "./content/model";
import { contentDir } from "./content/paths";
import { readGeneratedRecords, recordsVersion } from "./content/records";
import { DEFAULT_LOCALE, type Locale } from "./i18n/config";
import { processWide } from "./process-wide";

function createCorpora(): Record<Locale, Corpus> {
  return buildCorpora(recordsByType(readGeneratedRecords()), {
    // Messages name files as editors see them, e.g. content/news/foo.md
    contentRoot: path.relative(process.cwd(), contentDir()) || ".",
    includeDraftTranslations: process.env.NODE_ENV === "development",
  });
}

/**
 * In production the records never change while the server runs: read once per process. Under
 * `npm run dev`, Contentlayer rewrites them as editors save, so they are read again whenever
 * its files have changed.
 */
const corpora: () => Record<Locale, Corpus> =
  process.env.NODE_ENV === "development"
    ? (() => {
        let cached: { version: string; corpora: Record<Locale, Corpus> } | undefined;
        return () => {
          const version = recordsVersion();
          if (cached?.version !== version) cached = { version, corpora: createCorpora() };
          return cached.corpora;
        };
      })()
    : (() => {
        const once = processWide("corpora", createCorpora);
        return () => once;
      })();

/** Items as readers of `locale` see them. */
export function getCorpus(locale: Locale): Corpus {
  return corpora()[locale];
}

/**
 * The default language's corpus, for what does not depend on the language: which slugs
 * exist, publication dates, drafts, former addresses (proxy.ts, lib/routing.ts).
 */
export function defaultCorpus(): Corpus {
  return getCorpus(DEFAULT_LOCALE);
}

/** Every language's corpus, e.g. for the search index (one index holds every language). */
export function allCorpora(): Corpus[] {
  return Object.values(corpora());
}
