import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { absolutizeHtml, documentsHtml } from "@/lib/feeds";
import { formatFileSize } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/dictionary";
import { buildMedia, makePicture, planPicture, removeStale } from "@/lib/media/build";
import { replaceBodyPictures } from "@/lib/media/body-pictures";
import { pictureMarkup } from "@/lib/media/picture-markup";
import { figureWidths, MEDIA_URL_PREFIX } from "@/lib/media/variants";
import { syntheticPdf, syntheticPhoto } from "@/scripts/synthetic-media";

const picture = planPicture("0123456789abcdef", 2400, 1600, false);

describe("the served files of a picture", () => {
  it("are AVIF and WebP at the widths the text column needs, never wider than the original", () => {
    expect(figureWidths(4000)).toEqual([800, 1200]);
    expect(figureWidths(1000)).toEqual([800]);
    expect(figureWidths(600)).toEqual([600]);
    expect(picture).toMatchObject({
      width: 1200,
      height: 800,
      fallback: { url: "/media/0123456789abcdef/1200.jpg", type: "image/jpeg" },
      thumbnail: { width: 400, height: 267, fallback: "/media/0123456789abcdef/thumb.jpg" },
    });
    expect(planPicture("f", 1600, 1067, true).fallback).toEqual({
      url: "/media/f/1200.png",
      type: "image/png",
    });
  });

  it("are written as markup: sources by type, the fallback with its intrinsic size", () => {
    const figure = pictureMarkup(picture, { alt: "Speakers", variant: "figure", priority: true });
    expect(figure.sources.map((source) => [source.type, source.srcSet])).toEqual([
      [
        "image/avif",
        "/media/0123456789abcdef/800.avif 800w, /media/0123456789abcdef/1200.avif 1200w",
      ],
      [
        "image/webp",
        "/media/0123456789abcdef/800.webp 800w, /media/0123456789abcdef/1200.webp 1200w",
      ],
    ]);
    expect(figure.img).toMatchObject({
      src: "/media/0123456789abcdef/1200.jpg",
      width: 1200,
      height: 800,
      alt: "Speakers",
      loading: "eager",
      fetchPriority: "high",
    });
    const thumbnail = pictureMarkup(picture, { alt: "", variant: "thumbnail" });
    expect(thumbnail.img).toMatchObject({ width: 400, height: 267, loading: "lazy" });
    expect(thumbnail.img).not.toHaveProperty("fetchPriority");
  });
});

describe("pictures in a document's text", () => {
  const replaced = (html: string) => {
    const tree = fromHtml(html, { fragment: true }) as Root;
    replaceBodyPictures(tree, (src) => (src === "./wall.jpg" ? picture : undefined));
    return toHtml(tree);
  };

  it("become lazy figures, with the title as caption when the picture is alone", () => {
    const html = replaced('<p><img src="./wall.jpg" alt="A wall" title="The east wall."></p>');
    expect(html).toMatch(/^<figure><picture><source type="image\/avif"/);
    expect(html).toContain('<img src="/media/0123456789abcdef/1200.jpg" width="1200" height="800"');
    expect(html).toContain('alt="A wall" loading="lazy"');
    expect(html).toMatch(/<\/picture><figcaption>The east wall\.<\/figcaption><\/figure>$/);
    expect(replaced('<p><img src="./wall.jpg" alt="A wall"></p>')).not.toContain("figcaption");
  });

  it("stay inline among words, and are dropped when the build made no such picture", () => {
    expect(replaced('<p>See <img src="./wall.jpg" alt="A wall"> here.</p>')).toMatch(
      /^<p>See <picture>.*<\/picture> here\.<\/p>$/,
    );
    expect(replaced('<p><img src="./other.jpg" alt="x"></p><p>Text</p>')).toBe("<p>Text</p>");
  });
});

describe("documents for readers", () => {
  it("give their size in the reader's language", () => {
    expect(formatFileSize(240 * 1024, "en")).toBe("240 KB");
    expect(formatFileSize(100, "en")).toBe("1 KB");
    expect(formatFileSize(1.5 * 1024 * 1024, "en")).toBe("1.5 MB");
    expect(formatFileSize(1.5 * 1024 * 1024, "ru")).toBe("1,5 МБ");
  });

  it("are listed at the end of a feed's text, and their pictures' sources made absolute", () => {
    const html = documentsHtml(
      [
        {
          title: "Joint <statement>",
          language: "en",
          file: { url: "/media/a/joint.pdf", bytes: 2048, type: "application/pdf", format: "PDF" },
        },
      ],
      "en",
      getDictionary("en"),
    );
    expect(absolutizeHtml(html, "https://example.org")).toBe(
      '<p>Documents:</p><ul><li><a href="https://example.org/media/a/joint.pdf">Joint &#60;statement&#62;</a> (PDF, 2 KB)</li></ul>',
    );
    expect(
      absolutizeHtml(
        '<source srcset="/media/a/800.avif 800w, /media/a/1200.avif 1200w">',
        "https://x.org",
      ),
    ).toBe(
      '<source srcset="https://x.org/media/a/800.avif 800w, https://x.org/media/a/1200.avif 1200w">',
    );
  });
});

describe("the media build", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "media-build-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("makes every variant, upright, without the original's EXIF and GPS", async () => {
    const source = path.join(dir, "photo.jpg");
    fs.writeFileSync(source, await syntheticPhoto({ width: 2000, height: 1500, exif: "location" }));
    expect((await sharp(source).metadata()).exif).toBeDefined();
    const publicDir = path.join(dir, "public");
    const made = await makePicture(source, publicDir);
    expect([made.width, made.height]).toEqual([1200, 900]);
    const files = [
      ...made.avif.map((variant) => [variant.url, "heif", variant.width] as const),
      ...made.webp.map((variant) => [variant.url, "webp", variant.width] as const),
      [made.fallback.url, "jpeg", 1200] as const,
      [made.thumbnail.avif, "heif", 400] as const,
    ];
    for (const [url, format, width] of files) {
      const metadata = await sharp(path.join(publicDir, url)).metadata();
      expect([metadata.format, metadata.width, metadata.exif], url).toEqual([
        format,
        width,
        undefined,
      ]);
    }
  }, 120_000);

  it("copies documents under a readable name, and removes what no document names any more", async () => {
    const content = path.join(dir, "content");
    fs.mkdirSync(path.join(content, "news"), { recursive: true });
    fs.writeFileSync(path.join(content, "news/Joint Statement.pdf"), syntheticPdf("A", 4096));
    const publicDir = path.join(dir, "public-docs");
    const stale = path.join(publicDir, MEDIA_URL_PREFIX, "0000000000000000");
    fs.mkdirSync(stale, { recursive: true });
    const manifest = await buildMedia(
      [{ path: "news/Joint Statement.pdf", kind: "document" }],
      content,
      publicDir,
    );
    const document = manifest.documents["news/Joint Statement.pdf"]!;
    expect(document).toMatchObject({
      bytes: fs.statSync(path.join(content, "news/Joint Statement.pdf")).size,
      type: "application/pdf",
      format: "PDF",
    });
    expect(document.url).toMatch(/^\/media\/[0-9a-f]{16}\/joint-statement\.pdf$/);
    removeStale(manifest, publicDir, MEDIA_URL_PREFIX);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(path.join(publicDir, document.url))).toBe(true);
  });
});
