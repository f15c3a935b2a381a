import path from "node:path";

/** The content folder: `content/` unless CONTENT_DIR points at another corpus. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CONTENT_DIR || "content");
}

/** The search index written at build time next to Contentlayer's records. */
export const SEARCH_INDEX_FILE = path.join(
  /*turbopackIgnore: true*/ process.cwd(),
  ".contentlayer",
  "search-index.json",
);
