/**
 * The site's search index, once per server process (lib/process-wide.ts): loaded from the file written at build
 * time (scripts/build-search-index.ts), or built here in development and whenever the file
 * does not match the corpus.
 */
import fs from "node:fs";
import { SEARCH_INDEX_FILE } from "./content/paths";
import { allCorpora, corpus } from "./corpus";
import { processWide } from "./process-wide";
import { createSearchIndex, loadSearchIndex, type SearchIndex } from "./search";

let index: SearchIndex | undefined;

function indexedCount(): number {
  return (
    corpus.news.filter((item) => !item.draft).length +
    corpus.initiatives.length +
    corpus.signatories.length
  );
}

function load(): SearchIndex {
  if (process.env.NODE_ENV !== "development" && fs.existsSync(SEARCH_INDEX_FILE)) {
    const loaded = loadSearchIndex(fs.readFileSync(SEARCH_INDEX_FILE, "utf8"));
    if (loaded.engine.documentCount === indexedCount()) return loaded;
  }
  return createSearchIndex(allCorpora);
}

export function getSearchIndex(): SearchIndex {
  index ??= processWide("search-index", load);
  return index;
}
