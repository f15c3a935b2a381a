/**
 * An article's own picture (front matter `image`) as a link-preview image. Link previews
 * need its size, read from the file under public/ when the page is built. Only formats the
 * big platforms show are used (JPEG, PNG, WebP, GIF); anything else, or a file that cannot be
 * read, leaves the page with its generated card.
 */
import fs from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import type { PreviewImage } from "./metadata";

const SHOWN: Record<string, string> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
};

/** Reads a file under public/ by its URL path (e.g. /images/a.jpg). */
export type ReadPublicFile = (urlPath: string) => Uint8Array;

const readPublicFile: ReadPublicFile = (urlPath) =>
  fs.readFileSync(path.join(process.cwd(), "public", path.posix.normalize(decodeURI(urlPath))));

export function publicImagePreview(
  src: string,
  alt: string,
  read: ReadPublicFile = readPublicFile,
): PreviewImage | undefined {
  try {
    if (!src.startsWith("/") || src.split("/").includes("..")) return undefined;
    const { width, height, type } = imageSize(read(src));
    const mime = type ? SHOWN[type] : undefined;
    if (!mime || !width || !height) return undefined;
    return { url: src, width, height, alt, type: mime };
  } catch {
    return undefined;
  }
}
