import path from "node:path";

/** The content folder: `content/` unless CONTENT_DIR points at another corpus. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  // Only ever a content folder: not a path for the build to trace (see docs/deployment.md).
  return path.resolve(/*turbopackIgnore: true*/ env.CONTENT_DIR || "content");
}

/** The search index written at build time next to Contentlayer's records. */
export const SEARCH_INDEX_FILE = path.join(
  /*turbopackIgnore: true*/ process.cwd(),
  ".contentlayer",
  "search-index.json",
);

/**
 * What a content file's name says: `alliance-launch.md` is an original (in the default
 * language), `alliance-launch.ru.md` its Russian translation. `code` is the language code
 * as written, which the content check then compares with the site's languages.
 */
export function parseDocumentFileName(
  name: string,
): { slug: string; code?: string } | undefined {
  const match = /^([^.]+)(?:\.([^.]+))?\.md$/.exec(name);
  if (!match) return undefined;
  return { slug: match[1]!, code: match[2] };
}
