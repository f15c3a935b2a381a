/**
 * Media that live with the content: a picture or a document is a file beside the Markdown file
 * that uses it (`./photo.jpg`) or in a folder beside it (`./<slug>/photo.jpg`), and is written
 * in front matter and Markdown as that relative path. This module says which paths are media
 * and which kinds of file they may be; lib/content/media-rules.ts checks the files themselves.
 */
import path from "node:path";

/** The kinds of media file: pictures shown on pages, documents offered for download. */
export type MediaKind = "picture" | "document";

/** Each allowed type, by the extension a file must have and the MIME type its bytes must be. */
export const MEDIA_TYPES = {
  picture: {
    jpg: "image/jpeg",
    jpeg: "image/jpeg",
    png: "image/png",
    webp: "image/webp",
  },
  document: {
    pdf: "application/pdf",
    docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    odt: "application/vnd.oasis.opendocument.text",
  },
} as const satisfies Record<MediaKind, Record<string, string>>;

/** Largest file accepted, by kind (the content check refuses bigger ones). */
export const MEDIA_BUDGET: Record<MediaKind, number> = {
  picture: 8 * 1024 * 1024,
  document: 20 * 1024 * 1024,
};

/** An article's own picture must be at least this wide (link previews, large screens). */
export const ARTICLE_IMAGE_MIN_WIDTH = 1200;

/** What the editor names each kind, for messages. */
export const KIND_NAMES: Record<MediaKind, { one: string; list: string }> = {
  picture: { one: "picture", list: "JPEG, PNG or WebP" },
  document: { one: "document", list: "PDF, DOCX, XLSX or ODT" },
};

/** `./photo.jpg` or `./<folder>/photo.jpg`: a file beside the Markdown file, or one folder down. */
export const RELATIVE_MEDIA_PATH = /^\.\/(?:[^/\\\s?#]+\/)?[^/\\\s?#]+\.[a-z0-9]+$/i;

/** The extension of a file name, lower case, without the dot ("" when it has none). */
export function extensionOf(name: string): string {
  return path.posix.extname(name).slice(1).toLowerCase();
}

export function mediaKindOfExtension(extension: string): MediaKind | undefined {
  if (extension in MEDIA_TYPES.picture) return "picture";
  if (extension in MEDIA_TYPES.document) return "document";
  return undefined;
}

/** Whether a file in the content folder is a media file (by its name), not a document. */
export function isMediaFileName(name: string): boolean {
  return mediaKindOfExtension(extensionOf(name)) !== undefined || extensionOf(name) === "svg";
}

/**
 * The media file a relative path names, relative to the content folder (posix), from the
 * Markdown file's own path there: `news/launch.md` + `./launch/photo.jpg` → `news/launch/photo.jpg`.
 * Undefined for a path that is not a relative media path (or leaves the document's folder).
 */
export function resolveMediaPath(sourcePath: string, src: string): string | undefined {
  if (!RELATIVE_MEDIA_PATH.test(src) || src.split("/").includes("..")) return undefined;
  return path.posix.join(path.posix.dirname(sourcePath), src);
}

/**
 * Why a path is not one of this site's media paths, worded for an editor, or undefined when it
 * is: a path under public/ (`/images/x.jpg`), a picture from another site, `..`, and so on.
 */
export function mediaPathProblem(src: string, kind: MediaKind): string | undefined {
  const example = kind === "picture" ? "./photo.jpg" : "./statement.pdf";
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("//")) {
    return `"${src}" is on another site — save the ${KIND_NAMES[kind].one} beside this file and write its name, e.g. ${example} (other sites could see who reads this page)`;
  }
  if (src.startsWith("/")) {
    const name = src.split("/").at(-1) ?? "file";
    return `"${src}" is a path under public/ — ${kind === "picture" ? "pictures" : "documents"} live with the article now: move public${src} beside this file and write ./${name}`;
  }
  if (src.split("/").includes("..")) {
    return `"${src}" leaves this file's folder — keep the ${KIND_NAMES[kind].one} beside this file or in a folder beside it, e.g. ${example}`;
  }
  if (!RELATIVE_MEDIA_PATH.test(src)) {
    return `"${src}" is not a path to a file beside this one — write ./ and the file's name, e.g. ${example} or ./<folder>/${example.slice(2)}`;
  }
  return undefined;
}

/** Descriptions that describe nothing, in the site's languages. */
const EMPTY_DESCRIPTIONS = new Set([
  "image",
  "picture",
  "photo",
  "photograph",
  "img",
  "pic",
  "изображение",
  "картинка",
  "фото",
  "фотография",
  "рисунок",
  "сурет",
]);

/**
 * Why a picture's description (alt text) tells a reader who cannot see it nothing, or undefined:
 * "image", "photo", or the file's own name (`IMG_1234.jpg`, `IMG_1234`).
 */
export function altProblem(alt: string, src = ""): string | undefined {
  const text = alt.trim().toLowerCase();
  if (!text) return "is empty — describe what the picture shows, e.g. Speakers at the launch in Almaty";
  const file = (src.split("/").at(-1) ?? "").toLowerCase();
  const stem = file.replace(/\.[a-z0-9]+$/, "");
  if (EMPTY_DESCRIPTIONS.has(text.replace(/[.!]$/, "")) || text === file || (stem && text === stem)) {
    return `"${alt}" does not say what the picture shows — describe it for readers who cannot see it, e.g. Speakers at the launch in Almaty`;
  }
  return undefined;
}
