/** The site's search index, built once per server process on first use. */
import { corpus } from "./corpus";
import { createSearchIndex, type SearchIndex } from "./search";

let index: SearchIndex | undefined;

export function getSearchIndex(): SearchIndex {
  index ??= createSearchIndex(corpus);
  return index;
}
