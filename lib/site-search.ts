/**
 * The site's search index: in production once per server process (lib/process-wide.ts),
 * loaded from the file written at build time (scripts/build-search-index.ts), or built here
 * when that file does not match the corpus; under `npm run dev`, built again whenever the
 * content changes.
 */
import fs from "node:fs";
import type { Corpus } from "./content/model";
import { SEARCH_INDEX_FILE } from "./content/paths";
import { allCorpora, defaultCorpus } from "./corpus";
import { processWide } from "./process-wide";
import { createSearchIndex, loadSearchIndex, type SearchIndex } from "./search";

function indexedCount(corpus: Corpus): number {
  return (
    corpus.news.filter((item) => !item.draft).length +
    corpus.initiatives.length +
    corpus.signatories.length
  );
}

function load(): SearchIndex {
  if (fs.existsSync(SEARCH_INDEX_FILE)) {
    const loaded = loadSearchIndex(fs.readFileSync(SEARCH_INDEX_FILE, "utf8"));
    if (loaded.engine.documentCount === indexedCount(defaultCorpus())) return loaded;
  }
  return createSearchIndex(allCorpora());
}

const developmentIndexes = new WeakMap<Corpus, SearchIndex>();

export function getSearchIndex(): SearchIndex {
  if (process.env.NODE_ENV === "development") {
    const corpus = defaultCorpus();
    let index = developmentIndexes.get(corpus);
    if (!index) developmentIndexes.set(corpus, (index = createSearchIndex(allCorpora())));
    return index;
  }
  return processWide("search-index", load);
}
