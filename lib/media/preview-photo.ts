/**
 * The link preview of an article with a photo: the photo cropped to 1200×630 around what draws
 * the eye, with the card's words (drawn by next/og on a transparent layer: components/PreviewCard)
 * laid over it, as a JPEG (a photo as PNG would weigh ten times more).
 */
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { PREVIEW_SIZE } from "../metadata";
import type { Picture } from "./variants";

/** The served file a preview is cut from (the largest JPEG or PNG the build made). */
export function previewSource(picture: Picture): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "public", picture.fallback.url);
}

export async function photoPreview(picture: Picture, overlay: Buffer): Promise<Buffer> {
  return sharp(fs.readFileSync(previewSource(picture)))
    .resize(PREVIEW_SIZE.width, PREVIEW_SIZE.height, { fit: "cover", position: "attention" })
    .composite([{ input: overlay }])
    .flatten({ background: "#1d1b24" })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}
