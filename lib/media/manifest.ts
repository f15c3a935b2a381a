/**
 * The media manifest the pages read: what the media build (scripts/build-media.ts) made of each
 * picture and document the content names, by its path in the content folder. Read once per
 * server process (again when it changes under `npm run dev`).
 */
import fs from "node:fs";
import path from "node:path";
import { resolveMediaPath } from "../content/media";
import { loadedFromFiles } from "../process-wide";
import type { MediaDocument, MediaManifest, Picture } from "./variants";

export const MEDIA_MANIFEST_FILE = path.join(
  /*turbopackIgnore: true*/ process.cwd(),
  ".contentlayer",
  "media.json",
);

const EMPTY: MediaManifest = { pictures: {}, documents: {} };

function read(file: string): MediaManifest {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as MediaManifest;
  } catch {
    return EMPTY;
  }
}

const manifest: () => MediaManifest = loadedFromFiles(
  "media",
  () => read(MEDIA_MANIFEST_FILE),
  () => (fs.existsSync(MEDIA_MANIFEST_FILE) ? fs.statSync(MEDIA_MANIFEST_FILE).mtimeMs : 0),
);

/**
 * The picture a document names (`./photo.jpg`), from the document's path in the content folder
 * (news/launch.md or its translation news/launch.ru.md, which share a folder).
 */
export function pictureFor(sourcePath: string, src: string): Picture | undefined {
  const file = resolveMediaPath(sourcePath, src);
  return file === undefined ? undefined : manifest().pictures[file];
}

/** The document file a document names (`./statement.pdf`). */
export function documentFor(sourcePath: string, src: string): MediaDocument | undefined {
  const file = resolveMediaPath(sourcePath, src);
  return file === undefined ? undefined : manifest().documents[file];
}
