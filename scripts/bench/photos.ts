/**
 * What photos cost (issue 15), on a generated corpus of its own:
 * - the whole build (`npm run build`: check, Contentlayer, media, search index, `next build`)
 *   of `docs` documents, then of the same documents with a distinct 4000×3000 JPEG photo
 *   (about 3.5 MB, camera EXIF) beside `photos` of the articles, one after the other from two
 *   fresh copies, so both see the same machine and the second encodes every photo;
 * - the image bytes Chromium downloads to open an article with a photo on a 390 px phone (at
 *   device pixel ratios 3 and 2), and which file it chose;
 * - Lighthouse (mobile) on that article: its layout shift above all.
 * Run by scripts/bench.ts (`--photo-docs`, default 1,000; 0 skips it); on its own:
 *   npx tsx scripts/bench/photos.ts [--docs 1000] [--photos 300]
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import sharp from "sharp";
import { CHROMIUM_ARGS, chromiumExecutable } from "../../tests/e2e/chromium";
import { copySite, serve, type SiteCopy } from "../site-copy";
import { syntheticPhoto } from "../synthetic-media";
import { buildSite, generateCorpus, publicArticleSlugs } from "./build";
import { runLighthouse, type LighthouseResult } from "./lighthouse";

const PHOTO = { width: 4000, height: 3000 } as const;
const PHONE = { width: 390, height: 844 } as const;

export type PhoneImageBytes = {
  devicePixelRatio: number;
  /** Every image response the page loaded, in bytes as sent. */
  bytes: number;
  /** The figure's chosen file (`currentSrc`). */
  chosen: string;
};
export type PhotoBuilds = {
  docs: number;
  photos: number;
  sourceBytes: number;
  withoutPhotos: { ms: number; cpuMs: number };
  withPhotos: { ms: number; cpuMs: number; mediaSeconds: number };
  phone: PhoneImageBytes[];
  article: string;
  lighthouse: LighthouseResult | string;
};

/**
 * `count` distinct photos from a few drawn scenes: each scene's pixels turned to another hue
 * (so every file has its own bytes and content hash, as real photos do) and encoded as a
 * camera would, JPEG quality 92 with EXIF (no location: the check refuses that).
 */
async function writePhotos(files: string[]): Promise<number> {
  const scenes = await Promise.all(
    [1, 2, 3].map(async (seed) =>
      sharp(await syntheticPhoto({ ...PHOTO, seed, quality: 100, exif: "none" }))
        .raw()
        .toBuffer({ resolveWithObject: true }),
    ),
  );
  let bytes = 0;
  for (const [index, file] of files.entries()) {
    const { data, info } = scenes[index % scenes.length]!;
    const photo = await sharp(data, { raw: info })
      .modulate({ hue: Math.floor(index / scenes.length) + 1 })
      .withExif({ IFD0: { Make: "Bench Camera", Model: "BC-1" } })
      .jpeg({ quality: 92 })
      .toBuffer();
    fs.writeFileSync(file, photo);
    bytes += photo.length;
  }
  return bytes;
}

/** Gives the first `count` articles of the generated corpus a photo; returns their slugs. */
async function addPhotos(
  site: SiteCopy,
  count: number,
): Promise<{ slugs: string[]; bytes: number }> {
  const newsDir = path.join(site.contentDir, "news");
  const today = new Date().toISOString().slice(0, 10);
  const slugs = publicArticleSlugs(site.contentDir, today)
    .sort((a, b) => Number(b.slice(5)) - Number(a.slice(5)))
    .slice(0, count);
  for (const slug of slugs) {
    const file = path.join(newsDir, `${slug}.md`);
    const image = [
      "image:",
      `  src: ./${slug}.jpg`,
      "  alt: People stand in front of panels at an outdoor gathering",
      "  caption: The gathering, seen from the square.",
      "  credit: Bench Photographer",
    ].join("\n");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^---\n/, `---\n${image}\n`));
    for (const translation of fs
      .readdirSync(newsDir)
      .filter((name) => name.startsWith(`${slug}.`) && name !== `${slug}.md`)) {
      const translated = path.join(newsDir, translation);
      const alt = "image:\n  alt: Люди стоят перед стендами на собрании под открытым небом";
      fs.writeFileSync(
        translated,
        fs.readFileSync(translated, "utf8").replace(/^---\n/, `---\n${alt}\n`),
      );
    }
  }
  const bytes = await writePhotos(slugs.map((slug) => path.join(newsDir, `${slug}.jpg`)));
  return { slugs, bytes };
}

/** The image bytes a phone downloads to open `url`, and the file the figure chose. */
async function phoneImageBytes(url: string, devicePixelRatio: number): Promise<PhoneImageBytes> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({
      viewport: PHONE,
      deviceScaleFactor: devicePixelRatio,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const images: Promise<number>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "image") {
        images.push(request.sizes().then((sizes) => sizes.responseBodySize));
      }
    });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    const chosen = await page
      .locator("article figure img")
      .first()
      .evaluate((image) => (image as HTMLImageElement).currentSrc);
    const bytes = (await Promise.all(images)).reduce((sum, each) => sum + each, 0);
    return { devicePixelRatio, bytes, chosen: new URL(chosen).pathname };
  } finally {
    await browser.close();
  }
}

export async function photoBuilds(
  docs: number,
  photos: number,
  port: number,
  log: (message: string) => void = () => {},
): Promise<PhotoBuilds> {
  log(`photos: building ${docs} documents without photos`);
  const plain = copySite();
  let withoutPhotos;
  try {
    generateCorpus(plain, docs);
    const { ms, cpuMs } = await buildSite(plain);
    withoutPhotos = { ms, cpuMs };
  } finally {
    plain.remove();
  }

  const site = copySite();
  try {
    generateCorpus(site, docs);
    log(`photos: writing ${photos} photos of ${PHOTO.width}×${PHOTO.height}`);
    const { slugs, bytes } = await addPhotos(site, photos);
    log(`photos: building ${docs} documents, ${slugs.length} with a photo`);
    const built = await buildSite(site);
    const mediaSeconds = Number(/Media written: .* in ([\d.]+) s/.exec(built.output)?.[1]);
    const server = await serve(site.dir, port);
    try {
      const article = `/news/${slugs[0]}`;
      log(`photos: what a phone downloads (${article})`);
      const phone = [
        await phoneImageBytes(server.url + article, 3),
        await phoneImageBytes(server.url + article, 2),
      ];
      log("photos: lighthouse on the article with a photo");
      let lighthouse: LighthouseResult | string;
      try {
        lighthouse = await runLighthouse(server.url + article);
      } catch (error) {
        lighthouse = `failed: ${(error as Error).message}`;
      }
      return {
        docs,
        photos: slugs.length,
        sourceBytes: bytes,
        withoutPhotos,
        withPhotos: { ms: built.ms, cpuMs: built.cpuMs, mediaSeconds },
        phone,
        article,
        lighthouse,
      };
    } finally {
      await server.stop();
    }
  } finally {
    site.remove();
  }
}

/** The bench table's rows for these figures. */
export function photoRows(result: PhotoBuilds): [string, string][] {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const ratio = result.withPhotos.ms / result.withoutPhotos.ms;
  const rows: [string, string][] = [
    [
      `build of ${result.docs.toLocaleString("en")} documents, ${result.photos} with a ${PHOTO.width}×${PHOTO.height} photo (${(result.sourceBytes / result.photos / 1024 / 1024).toFixed(1)} MB each), first build`,
      `${seconds(result.withPhotos.ms)} (processor ${seconds(result.withPhotos.cpuMs)}; media ${result.withPhotos.mediaSeconds.toFixed(1)} s) against ${seconds(result.withoutPhotos.ms)} (processor ${seconds(result.withoutPhotos.cpuMs)}) without photos: **${ratio.toFixed(2)}×** (target < 2×)`,
    ],
    ...result.phone.map((phone): [string, string] => [
      `image bytes to open an article with a photo, ${PHONE.width} px phone at ${phone.devicePixelRatio}×`,
      `**${kb(phone.bytes)}** (the figure's ${path.basename(phone.chosen)}; target ≤ about 120 KB)`,
    ]),
  ];
  const lighthouse = result.lighthouse;
  rows.push(
    typeof lighthouse === "string"
      ? ["Lighthouse on an article with a photo (mobile)", lighthouse]
      : [
          "Lighthouse on an article with a photo (mobile)",
          `**CLS ${lighthouse.cls.toFixed(3)}**${lighthouse.shifts.length > 0 ? ` (what moved: ${lighthouse.shifts.map((shift) => `${shift.element} ${shift.score.toFixed(3)}, ${shift.causes.join(" / ") || "cause not named"}`).join("; ")})` : ""}; performance ${lighthouse.scores.performance}, accessibility ${lighthouse.scores.accessibility}; LCP ${seconds(lighthouse.lcp)}`,
        ],
  );
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      docs: { type: "string", default: "1000" },
      photos: { type: "string", default: "300" },
      json: { type: "string" },
    },
  });
  const result = await photoBuilds(
    Number(values.docs),
    Number(values.photos),
    Number(process.env.BENCH_PORT ?? 3190),
    (message) => console.error(`[bench] ${message}`),
  );
  console.log(
    photoRows(result)
      .map(([name, value]) => `| ${name} | ${value} |`)
      .join("\n"),
  );
  if (values.json) fs.writeFileSync(values.json, JSON.stringify(result, null, 2));
}
