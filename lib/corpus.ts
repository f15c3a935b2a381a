/**
 * The site's corpora: the only module that reads Contentlayer's generated records at run
 * time. Built once per server process, one per language; pages pass the one for their
 * language to the pure queries in lib/.
 */
import path from "node:path";
import { checkFolderText, folderVersion } from "./content/check-folder";
import { buildCorpora, buildCorporaTolerantly, recordsByType } from "./content/corpus";
import { formatIssue, type ContentIssue } from "./content/issues";
import type { Corpus } from "./content/model";
import { contentDir } from "./content/paths";
import { problemsAt } from "./content/problems";
import { readGeneratedRecords, recordsVersion } from "./content/records";
import { DEFAULT_LOCALE, type Locale } from "./i18n/config";
import { loadedFromFiles } from "./process-wide";
import type { Route } from "./routing";

type Built = { corpora: Record<Locale, Corpus>; issues: readonly ContentIssue[] };

// Messages name files as editors see them, e.g. content/news/foo.md
const contentRoot = () => path.relative(process.cwd(), contentDir()) || ".";

function createCorpora(): Built {
  return {
    corpora: buildCorpora(recordsByType(readGeneratedRecords()), { contentRoot: contentRoot() }),
    issues: [],
  };
}

/**
 * Under `npm run dev` a mistake must not break every page: the content check (but its media
 * rules) runs over the folder, and the files it (or the corpus's own rules) finds wrong are set aside; their
 * addresses show its messages (problemsAt), everything else is served.
 */
function createDevCorpora(): Built {
  const known = checkFolderText(contentDir()).issues;
  const built = buildCorporaTolerantly(recordsByType(readGeneratedRecords()), {
    contentRoot: contentRoot(),
    includeDraftTranslations: true,
    known,
  });
  if (built.issues.length > 0) {
    console.warn(
      `Content problems (their pages show them; \`npm run content:check\` lists them):\n` +
        built.issues.map(formatIssue).join("\n"),
    );
  }
  return built;
}

/**
 * In production the records never change while the server runs: read once per process. Under
 * `npm run dev`, Contentlayer rewrites them as editors save, so they are read again whenever
 * its files or the content folder have changed.
 */
const built: () => Built = loadedFromFiles(
  "corpora",
  () => (process.env.NODE_ENV === "development" ? createDevCorpora() : createCorpora()),
  // The folder too: a file Contentlayer cannot read changes no record.
  () => `${recordsVersion()}#${folderVersion(contentDir())}`,
);

const corpora = () => built().corpora;

/**
 * Under `npm run dev`, the content check's messages for the files behind `route` that were
 * set aside, as `npm run content:check` prints them; none in production, where invalid
 * content fails the build.
 */
export function contentProblemsAt(route: Route): string[] {
  return problemsAt(built().issues, route);
}

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
