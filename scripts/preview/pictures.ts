/**
 * The pictures of one language version of an item, all from the served preview and the one
 * browser: its screenshots (scripts/preview/shots.ts), its link-preview image as the page's
 * Open Graph tags name it — read from the served HTML by a link-preview scraper
 * (open-graph-scraper), fetched and saved — and the mock of its link in a messenger, drawn
 * from those same tags.
 */
import fs from "node:fs";
import path from "node:path";
import ogs from "open-graph-scraper";
import type { Locale } from "../../lib/i18n/config";
import type { SummaryImage } from "../../lib/preview/summary";
import { unfurlMockHtml, type OpenGraph } from "../../lib/preview/unfurl";
import { missingPictureWarning, unloadedPictureWarning } from "../../lib/preview/warnings";
import { siteUrl } from "../../lib/site";
import { SHOTS, type Camera, type ShotKey } from "./shots";

const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/gif": "gif",
};

/** What link-preview crawlers read from a page's HTML. */
export async function openGraphOf(html: string): Promise<OpenGraph> {
  const { result } = await ogs({ html });
  const image = result.ogImage?.[0];
  return {
    title: result.ogTitle,
    description: result.ogDescription,
    siteName: result.ogSiteName,
    url: result.ogUrl,
    image: image && {
      url: image.url,
      width: image.width ? Number(image.width) : undefined,
      height: image.height ? Number(image.height) : undefined,
      alt: image.alt,
      type: image.type,
    },
  };
}

export type PictureJob = {
  camera: Camera;
  /** The preview's server, e.g. http://127.0.0.1:3300 */
  served: { url: string };
  outDir: string;
  /** File names start images/<stem>-, e.g. news-x-en */
  stem: string;
  locale: Locale;
  pagePath: string;
  banner?: string;
};

/**
 * Screenshots, link-preview image and mock of one language version: the files written
 * (relative to `outDir`), and what went wrong with the link-preview picture, if anything.
 */
export async function picturesOf(
  job: PictureJob,
): Promise<{ images: SummaryImage[]; pictureProblem?: string }> {
  const { camera, served, outDir, locale, pagePath, banner } = job;
  const file = (key: ShotKey | string, extension = "png") =>
    `images/${job.stem}-${key}.${extension}`;
  await camera.page(served.url + pagePath, locale, (key) => path.join(outDir, file(key)), banner);
  const images: SummaryImage[] = SHOTS.map((shot) => ({ label: shot.label, file: file(shot.key) }));

  const og = await openGraphOf(await (await fetch(served.url + pagePath)).text());
  let imageData: string | undefined;
  let pictureProblem = og.image?.url ? undefined : missingPictureWarning();
  if (og.image?.url) {
    // The tags name the public address (SITE_URL); the picture is asked of the preview.
    const { pathname, search } = new URL(og.image.url, siteUrl());
    const response = await fetch(served.url + pathname + search);
    const type = response.headers.get("content-type")?.split(";")[0] ?? "";
    const bytes = Buffer.from(await response.arrayBuffer());
    if (response.ok && EXTENSIONS[type]) {
      const card = file("link-preview-image", EXTENSIONS[type]);
      fs.writeFileSync(path.join(outDir, card), bytes);
      images.push({ label: "link-preview image", file: card });
      imageData = `data:${type};base64,${bytes.toString("base64")}`;
    } else {
      pictureProblem = unloadedPictureWarning(pathname, response.status, type);
    }
  }
  await camera.mock(
    unfurlMockHtml({ og, imageData, banner }),
    path.join(outDir, file("link-preview-mock")),
  );
  images.push({ label: "as shared in a messenger", file: file("link-preview-mock") });
  return { images, pictureProblem };
}
