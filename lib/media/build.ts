/**
 * The media build: makes the served files of every picture and document the content names
 * (checked first by lib/content/media-rules.ts) under public/media/<hash>/, and the manifest the
 * pages read (.contentlayer/media.json). Pictures are decoded once, turned upright and resized
 * with sharp, and encoded without any metadata, so no served picture carries EXIF (camera,
 * owner, place); the originals are never served. A file already made (same content hash, same
 * pipeline) is kept, so a rebuild only encodes new pictures.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp, { type Sharp } from "sharp";
import type { MediaReference } from "../content/media-rules";
import { MEDIA_TYPES, extensionOf } from "../content/media";
import { slugFromText } from "../slugs";
import {
  PIPELINE_VERSION,
  THUMBNAIL,
  figureWidths,
  mediaFolder,
  type MediaDocument,
  type MediaManifest,
  type Picture,
} from "./variants";

/**
 * Encoder settings. AVIF at effort 0, its fastest: against effort 1 it encodes a 1200 px photo
 * in half the time for files about 8 % larger (49.5 KB against 45.7), which keeps a first build
 * of hundreds of photos within twice the build without them (docs/performance.md). 4:2:0 like
 * every photo.
 */
const AVIF = { quality: 50, effort: 0, chromaSubsampling: "4:2:0" } as const;
const WEBP = { quality: 75, effort: 2 } as const;
const JPEG = { quality: 78 } as const;

/** A file's content hash (and the pipeline's version for pictures): the folder it is served from. */
export function contentHash(bytes: Buffer, salt = ""): string {
  return createHash("sha256").update(salt).update(bytes).digest("hex").slice(0, 16);
}

/** The served files of a picture of this size, before they are made. */
export function planPicture(hash: string, width: number, height: number, alpha: boolean): Picture {
  const folder = mediaFolder(hash);
  const widths = figureWidths(width);
  const largest = widths.at(-1)!;
  const fallbackExtension = alpha ? "png" : "jpg";
  const variants = (extension: string) =>
    widths.map((each) => ({ url: `${folder}${each}.${extension}`, width: each }));
  return {
    width: largest,
    height: Math.round((largest * height) / width),
    avif: variants("avif"),
    webp: variants("webp"),
    fallback: {
      url: `${folder}${largest}.${fallbackExtension}`,
      type: alpha ? "image/png" : "image/jpeg",
    },
    thumbnail: {
      ...THUMBNAIL,
      avif: `${folder}thumb.avif`,
      webp: `${folder}thumb.webp`,
      fallback: `${folder}thumb.${fallbackExtension}`,
    },
  };
}

/** Every served file of a picture, as URLs. */
function filesOf(picture: Picture): string[] {
  return [
    ...picture.avif.map((variant) => variant.url),
    ...picture.webp.map((variant) => variant.url),
    picture.fallback.url,
    picture.thumbnail.avif,
    picture.thumbnail.webp,
    picture.thumbnail.fallback,
  ];
}

type Encoder = (image: Sharp) => Sharp;
const encoderFor = (url: string): Encoder => {
  const extension = extensionOf(url);
  if (extension === "avif") return (image) => image.avif(AVIF);
  if (extension === "webp") return (image) => image.webp(WEBP);
  if (extension === "png") return (image) => image.png();
  return (image) => image.flatten({ background: "#ffffff" }).jpeg(JPEG);
};

/** Writes a file whole or not at all (a build stopped half-way leaves no half file). */
async function writeFile(publicDir: string, url: string, image: Sharp) {
  const target = path.join(publicDir, url);
  await image.toFile(`${target}.part`);
  fs.renameSync(`${target}.part`, target);
}

/** Makes a picture's served files (unless they are all there already) and returns what they are. */
export async function makePicture(source: string, publicDir: string): Promise<Picture> {
  const bytes = fs.readFileSync(source);
  const metadata = await sharp(bytes).metadata();
  const { width, height } = metadata.autoOrient;
  const hash = contentHash(bytes, `picture:${PIPELINE_VERSION}`);
  const picture = planPicture(hash, width, height, metadata.hasAlpha);
  const files = filesOf(picture);
  if (files.every((url) => fs.existsSync(path.join(publicDir, url)))) return picture;

  fs.mkdirSync(path.join(publicDir, mediaFolder(hash)), { recursive: true });
  // Decoded once, upright, at the largest size served; every variant is made from these pixels.
  const { data, info } = await sharp(bytes)
    .autoOrient()
    .resize({ width: picture.width, height: picture.height, fit: "fill" })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const pixels = () =>
    sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  const jobs: Promise<void>[] = [];
  for (const format of ["avif", "webp"] as const) {
    for (const variant of picture[format]) {
      const image = pixels().resize({
        width: variant.width,
        height: Math.round((variant.width * picture.height) / picture.width),
        fit: "fill",
      });
      jobs.push(writeFile(publicDir, variant.url, encoderFor(variant.url)(image)));
    }
  }
  jobs.push(writeFile(publicDir, picture.fallback.url, encoderFor(picture.fallback.url)(pixels())));
  for (const url of [picture.thumbnail.avif, picture.thumbnail.webp, picture.thumbnail.fallback]) {
    const image = pixels().resize(THUMBNAIL.width, THUMBNAIL.height, {
      fit: "cover",
      position: "attention",
    });
    jobs.push(writeFile(publicDir, url, encoderFor(url)(image)));
  }
  await Promise.all(jobs);
  return picture;
}

/** Copies a document under a readable name (its own, made safe for an address and a header). */
export function makeDocument(source: string, publicDir: string): MediaDocument {
  const bytes = fs.readFileSync(source);
  const extension = extensionOf(source);
  const name = `${slugFromText(path.basename(source, path.extname(source))) || "document"}.${extension}`;
  const url = `${mediaFolder(contentHash(bytes, "document"))}${name}`;
  const target = path.join(publicDir, url);
  if (!fs.existsSync(target)) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(`${target}.part`, bytes);
    fs.renameSync(`${target}.part`, target);
  }
  return {
    url,
    bytes: bytes.length,
    type: (MEDIA_TYPES.document as Record<string, string>)[extension]!,
    format: extension.toUpperCase(),
  };
}

/**
 * Makes every file the references name (each once, however many documents name it), two
 * pictures at a time (sharp already uses every core inside each), and returns the manifest.
 */
export async function buildMedia(
  references: readonly Pick<MediaReference, "path" | "kind">[],
  contentRoot: string,
  publicDir: string,
  onPicture: (done: number, total: number) => void = () => {},
): Promise<MediaManifest> {
  const manifest: MediaManifest = { pictures: {}, documents: {} };
  const pictures = [...new Set(references.filter((r) => r.kind === "picture").map((r) => r.path))];
  for (const file of new Set(references.filter((r) => r.kind === "document").map((r) => r.path))) {
    manifest.documents[file] = makeDocument(path.join(contentRoot, file), publicDir);
  }
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: Math.min(2, pictures.length) }, async () => {
      while (next < pictures.length) {
        const file = pictures[next++]!;
        manifest.pictures[file] = await makePicture(path.join(contentRoot, file), publicDir);
        onPicture(++done, pictures.length);
      }
    }),
  );
  return manifest;
}

/** Removes served folders the manifest no longer names (pictures and documents since removed). */
export function removeStale(manifest: MediaManifest, publicDir: string, prefix: string) {
  const dir = path.join(publicDir, prefix);
  if (!fs.existsSync(dir)) return;
  const kept = new Set(
    [
      ...Object.values(manifest.pictures).map((picture) => picture.fallback.url),
      ...Object.values(manifest.documents).map((document) => document.url),
    ].map((url) => url.slice(prefix.length).split("/")[0]),
  );
  for (const entry of fs.readdirSync(dir)) {
    if (!kept.has(entry)) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
}
