/**
 * The media rules: every picture and document a document names (front matter `image` and
 * `documents`, pictures in the body) must be a real file beside it, of an allowed type judged by
 * its bytes (a `.jpg` that is really an HTML page is refused, and so is SVG), within its size
 * budget, an article's own picture wide enough, and no photo may say where it was taken (EXIF or
 * XMP GPS coordinates: photos of survivors or shelters must not reveal the place). Files beside
 * the documents that nothing names are reported too. Used by `npm run content:check` and by the
 * media build (scripts/build-media.ts), which refuses to publish what fails them.
 */
import fs from "node:fs";
import path from "node:path";
import exifReader from "exif-reader";
import { fileTypeFromFile } from "file-type";
import sharp from "sharp";
import { bodyImages } from "./body-rules";
import { fieldName, type ContentIssue } from "./issues";
import {
  ARTICLE_IMAGE_MIN_WIDTH,
  KIND_NAMES,
  MEDIA_BUDGET,
  MEDIA_TYPES,
  altProblem,
  extensionOf,
  mediaPathProblem,
  resolveMediaPath,
  type MediaKind,
} from "./media";
import { DOCUMENT_TYPES } from "./schema";
import type { SourceDocument } from "./source";

/** Where a document names a media file, and what for. */
export type MediaReference = {
  /** The naming document's file as editors see it, and the line and field that name the file. */
  file: string;
  line?: number;
  field: string;
  /** As written, e.g. ./photo.jpg */
  src: string;
  /** The file, relative to the content folder (posix), e.g. news/photo.jpg */
  path: string;
  kind: MediaKind;
  /** An article's own picture must be wide enough for link previews and large screens. */
  role: "article-image" | "body-image" | "document";
  alt?: string;
};

/** A document's path in the content folder, e.g. news/launch.ru.md */
export function contentPathOf(document: SourceDocument): string {
  return `${DOCUMENT_TYPES[document.type].folder}/${path.basename(document.file)}`;
}

/**
 * The media files a document names, where they are valid relative paths (the schema and body
 * rules report the others). A translation's picture is the original's; a document it lists is
 * named only where it gives its own file.
 */
export function mediaReferences(document: SourceDocument): MediaReference[] {
  const sourcePath = contentPathOf(document);
  const references: MediaReference[] = [];
  const add = (
    fieldPath: PropertyKey[],
    src: unknown,
    kind: MediaKind,
    role: MediaReference["role"],
    alt?: unknown,
    line = document.lineOf(fieldPath),
  ) => {
    if (typeof src !== "string" || mediaPathProblem(src, kind)) return;
    const resolved = resolveMediaPath(sourcePath, src);
    if (!resolved) return;
    references.push({
      file: document.file,
      line,
      field: fieldName(fieldPath),
      src,
      path: resolved,
      kind,
      role,
      ...(typeof alt === "string" ? { alt } : {}),
    });
  };
  const image = document.data.image as { src?: unknown; alt?: unknown } | undefined;
  if (image && typeof image === "object") {
    add(["image", "src"], image.src, "picture", "article-image", image.alt);
  }
  const documents = document.data.documents;
  if (Array.isArray(documents)) {
    documents.forEach((entry: { src?: unknown } | null, index) => {
      if (entry && typeof entry === "object") {
        add(["documents", index, "src"], entry.src, "document", "document");
      }
    });
  }
  for (const picture of bodyImages(document)) {
    add([], picture.src, "picture", "body-image", picture.alt, picture.line);
  }
  // A body picture's field is the body.
  for (const reference of references) if (reference.field === "") reference.field = "body";
  return references;
}

/** What a file's bytes are, as far as these rules care. */
type Examined =
  | { problem: string }
  | { kind: MediaKind; bytes: number; width?: number; height?: number };

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** What a file that is not what its name says really is, from its first bytes. */
function describeText(head: Buffer): string {
  const text = head.toString("utf8").trimStart().toLowerCase();
  if (/^(?:<\?xml[\s\S]*)?<svg[\s>]/.test(text)) return "an SVG drawing";
  if (/^(?:<!doctype html|<html|<head|<body)/.test(text)) return "an HTML page";
  return "not one";
}

/** Whether a photo's metadata says where it was taken: EXIF GPS coordinates, or XMP's. */
function hasLocation(exif: Buffer | undefined, xmp: Buffer | undefined): boolean {
  if (exif) {
    try {
      const gps = exifReader(exif).GPSInfo;
      if (gps && (gps.GPSLatitude !== undefined || gps.GPSLongitude !== undefined)) return true;
    } catch {
      // unreadable EXIF carries nothing a reader could use
    }
  }
  return xmp !== undefined && /GPS(?:Latitude|Longitude)/.test(xmp.toString("utf8"));
}

/** Looks at one file: its size, its type by its bytes and, for a picture, its size in pixels. */
async function examine(absolute: string, kind: MediaKind): Promise<Examined> {
  const extension = extensionOf(absolute);
  const expected = (MEDIA_TYPES[kind] as Record<string, string>)[extension];
  if (extension === "svg") {
    return {
      problem:
        "is an SVG drawing — SVG is not allowed as a content picture (it can carry scripts and is not a photo): export it as PNG and name the PNG",
    };
  }
  if (!expected) {
    return {
      problem: `is a .${extension} file — a ${KIND_NAMES[kind].one} must be ${KIND_NAMES[kind].list}: convert it, then name the new file`,
    };
  }
  let bytes: number;
  try {
    const stat = fs.statSync(absolute);
    if (!stat.isFile()) throw new Error("not a file");
    bytes = stat.size;
  } catch {
    return { problem: "does not exist" };
  }
  if (bytes > MEDIA_BUDGET[kind]) {
    return {
      problem: `is ${megabytes(bytes)} — a ${KIND_NAMES[kind].one} may be at most ${megabytes(MEDIA_BUDGET[kind])}: ${
        kind === "picture"
          ? "save it smaller (2400 pixels wide at JPEG quality 85 is plenty)"
          : "save it smaller (e.g. PDF with compressed images), or link to the original on its publisher's site"
      }`,
    };
  }
  const found = await fileTypeFromFile(absolute);
  if (found?.mime !== expected) {
    const handle = fs.openSync(absolute, "r");
    const head = Buffer.alloc(512);
    fs.readSync(handle, head, 0, head.length, 0);
    fs.closeSync(handle);
    const what = found ? `a ${found.ext.toUpperCase()} file` : describeText(head);
    return {
      problem: `is not really a .${extension} file: its content is ${what === "not one" ? `not a ${KIND_NAMES[kind].list} file` : what} — save it again as ${KIND_NAMES[kind].list} and name that file`,
    };
  }
  if (kind === "document") return { kind, bytes };
  const metadata = await sharp(absolute).metadata();
  if (hasLocation(metadata.exif, metadata.xmp)) {
    return {
      problem:
        "contains the place where it was taken (GPS coordinates in its EXIF data) — photos must not reveal where they were taken: remove the location and add the photo again (see \"Adding a photo or a document\" in CONTRIBUTING.md)",
    };
  }
  return {
    kind,
    bytes,
    width: metadata.autoOrient.width,
    height: metadata.autoOrient.height,
  };
}

/** Runs `work` over `items`, `limit` at a time. */
async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

export type MediaCheck = {
  issues: ContentIssue[];
  /** Every valid reference, with what its file is (the media build works from these). */
  references: (MediaReference & { bytes: number; width?: number; height?: number })[];
};

/**
 * Checks every file the documents name, in the content folder `root`. `media` lists the media
 * files found there (readContent), so that files nothing names are reported. `shownRoot` is the
 * content folder as messages show it (e.g. content).
 */
export async function checkMedia(
  documents: readonly SourceDocument[],
  root: string,
  media: readonly string[] = [],
  shownRoot: string = path.relative(process.cwd(), root) || ".",
): Promise<MediaCheck> {
  const references = documents.flatMap(mediaReferences);
  const kinds = new Map<string, MediaKind>();
  for (const reference of references) kinds.set(`${reference.kind}:${reference.path}`, reference.kind);
  const examined = new Map<string, Examined>();
  await inBatches([...kinds.entries()], 8, async ([key, kind]) => {
    examined.set(key, await examine(path.join(root, key.slice(kind.length + 1)), kind));
  });

  const issues: ContentIssue[] = [];
  const valid: MediaCheck["references"] = [];
  for (const reference of references) {
    const at = { file: reference.file, line: reference.line, field: reference.field };
    const shown = `${shownRoot}/${reference.path}`;
    const result = examined.get(`${reference.kind}:${reference.path}`)!;
    if ("problem" in result) {
      issues.push({
        ...at,
        message:
          result.problem === "does not exist"
            ? `${reference.src} does not exist — add the ${KIND_NAMES[reference.kind].one} as ${shown} (beside this file), or fix the path`
            : `${reference.src} ${result.problem}`,
      });
      continue;
    }
    // A description that is the file's name (the schema and the body rules report the others).
    if (reference.alt !== undefined && reference.role === "article-image" && !altProblem(reference.alt)) {
      const problem = altProblem(reference.alt, reference.src);
      if (problem) {
        issues.push({ ...at, field: reference.field.replace(/src$/, "alt"), message: problem });
      }
    }
    if (reference.role === "article-image" && (result.width ?? 0) < ARTICLE_IMAGE_MIN_WIDTH) {
      issues.push({
        ...at,
        message: `${reference.src} is ${result.width} pixels wide — an article's picture must be at least ${ARTICLE_IMAGE_MIN_WIDTH} pixels wide (it fills large screens and link previews): use a larger version of the photo`,
      });
      continue;
    }
    valid.push({ ...reference, ...result });
  }

  const named = new Set(references.map((reference) => reference.path));
  for (const file of media) {
    if (named.has(file)) continue;
    issues.push({
      file: `${shownRoot}/${file}`,
      message:
        "is not named by any document — name it in the document it belongs to (image:, documents: or ![…](./…) in the text), or delete it",
    });
  }
  return { issues, references: valid };
}
