/**
 * Pictures and documents made on the spot for tests and the benchmark, so that no invented
 * photo ever enters content/ and no binary is committed: photo-like JPEGs and PNGs drawn with
 * sharp (a scene of people under a sky, with texture and sensor noise, so they compress like
 * photos), with camera EXIF and, when asked, GPS coordinates; small valid PDFs; and the broken
 * files the content check must refuse. Deterministic: the same seed gives the same bytes.
 */
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

export type PhotoOptions = {
  width: number;
  height: number;
  seed?: number;
  format?: "jpeg" | "png";
  /** JPEG quality (default 90). */
  quality?: number;
  /** Sensor noise, 0–40 (default 10): more noise, larger files. */
  noise?: number;
  /** Camera EXIF (make, model, date, artist); with `location`, GPS coordinates too. */
  exif?: "camera" | "location" | "none";
};

function generator(seed: number) {
  let state = seed >>> 0 || 1;
  return () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8) / 16777216;
}

/** A scene drawn as SVG: a sky, the ground, panels and people (no text, so no fonts). */
function sceneSvg(width: number, height: number, random: () => number): string {
  const hue = Math.floor(random() * 360);
  const shapes: string[] = [];
  for (let i = 0; i < 12; i++) {
    const w = width * (0.05 + random() * 0.2);
    const h = height * (0.05 + random() * 0.2);
    shapes.push(
      `<rect x="${random() * width}" y="${random() * height * 0.5}" width="${w}" height="${h}" fill="hsl(${(hue + 180) % 360},20%,${50 + Math.floor(random() * 40)}%)" opacity="0.8"/>`,
    );
  }
  for (let i = 0; i < 40; i++) {
    const x = random() * width;
    const y = height * (0.45 + random() * 0.5);
    const r = width * (0.015 + random() * 0.03);
    const colour = `hsl(${Math.floor(random() * 360)},${30 + Math.floor(random() * 50)}%,${25 + Math.floor(random() * 50)}%)`;
    shapes.push(
      `<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${r * 2.2}" fill="${colour}"/>`,
      `<circle cx="${x}" cy="${y - r * 2.6}" r="${r * 0.7}" fill="hsl(30,40%,${40 + Math.floor(random() * 30)}%)"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},45%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},35%,88%)"/></linearGradient>
<linearGradient id="ground" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${(hue + 90) % 360},25%,45%)"/><stop offset="1" stop-color="hsl(${(hue + 120) % 360},30%,25%)"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/><rect y="${height * 0.45}" width="${width}" height="${height * 0.55}" fill="url(#ground)"/>${shapes.join("")}</svg>`;
}

const CAMERA = {
  IFD0: { Make: "Fixture Camera", Model: "FC-1", Artist: "Test Photographer", Copyright: "Test" },
  IFD2: { DateTimeOriginal: "2024:05:01 10:00:00" },
};
/** Almaty's coordinates, as a phone would write them. */
const LOCATION = {
  IFD3: {
    GPSLatitudeRef: "N",
    GPSLatitude: "43/1 14/1 5/1",
    GPSLongitudeRef: "E",
    GPSLongitude: "76/1 53/1 0/1",
  },
};

/** A photo-like picture of the given size. */
export async function syntheticPhoto({
  width,
  height,
  seed = 1,
  format = "jpeg",
  quality = 90,
  noise = 10,
  exif = "camera",
}: PhotoOptions): Promise<Buffer> {
  const random = generator(seed);
  const scene = await sharp(Buffer.from(sceneSvg(width, height, random)))
    .blur(Math.max(0.3, width / 2000))
    .removeAlpha()
    .raw()
    .toBuffer();
  // Texture (middle frequencies) and sensor noise (fine), as a real photo has.
  const textureWidth = Math.max(2, Math.round(width / 8));
  const textureHeight = Math.max(2, Math.round(height / 8));
  const coarse = Buffer.alloc(textureWidth * textureHeight);
  for (let i = 0; i < coarse.length; i++) coarse[i] = Math.floor(random() * 180) + 38;
  const texture = await sharp(coarse, {
    raw: { width: textureWidth, height: textureHeight, channels: 1 },
  })
    .resize(width, height, { kernel: "cubic" })
    .raw()
    .toBuffer();
  const pixels = Buffer.alloc(width * height * 3);
  for (let p = 0, i = 0; p < width * height; p++) {
    const grain = (texture[p]! - 128) * 0.35;
    for (let c = 0; c < 3; c++, i++) {
      pixels[i] = Math.max(0, Math.min(255, scene[i]! + grain + (random() - 0.5) * 2 * noise));
    }
  }
  let image = sharp(pixels, { raw: { width, height, channels: 3 } });
  if (exif !== "none")
    image = image.withExif(exif === "location" ? { ...CAMERA, ...LOCATION } : CAMERA);
  return format === "png" ? image.png().toBuffer() : image.jpeg({ quality }).toBuffer();
}

/** A small valid PDF with one page of text (what a joint statement's file is). */
export function syntheticPdf(title: string, padding = 0): Buffer {
  const text = title.replace(/[()\\]/g, "");
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  // A large file for the size budget: a comment the reader ignores.
  if (padding > 0) body += `%${"x".repeat(padding)}\n`;
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** An HTML page, as a file wrongly named .jpg or .pdf would be. */
export const HTML_PAGE = Buffer.from(
  "<!doctype html><html><head><title>Not a picture</title></head><body><p>This is a web page.</p></body></html>\n",
);

/** An SVG drawing, which is not allowed as a content picture. */
export const SVG_DRAWING = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><circle cx="50" cy="50" r="40" fill="purple"/></svg>\n',
);

/**
 * Every file the broken fixtures of tests/fixtures/content-broken/ name, by file name: each
 * is wrong in one way (or, for fixtures whose mistake is elsewhere, a valid photo).
 */
export const BROKEN_MEDIA: Record<string, () => Promise<Buffer> | Buffer> = {
  "fixture-photo.jpg": () => syntheticPhoto({ width: 1600, height: 1067, seed: 2 }),
  "small-photo.jpg": () => syntheticPhoto({ width: 800, height: 600, seed: 3 }),
  "photo-with-location.jpg": () =>
    syntheticPhoto({ width: 1600, height: 1067, seed: 4, exif: "location" }),
  // Noise at full quality: a real JPEG over the 8 MB budget.
  "huge-photo.jpg": () =>
    syntheticPhoto({ width: 3600, height: 2700, seed: 5, quality: 100, noise: 40 }),
  "fake-photo.jpg": () => HTML_PAGE,
  "drawing.svg": () => SVG_DRAWING,
  "fixture-statement.pdf": () => syntheticPdf("A joint statement"),
  "fake-statement.pdf": () => HTML_PAGE,
  "huge-report.pdf": () => syntheticPdf("A report", 21 * 1024 * 1024),
};

/** The fixture articles with pictures and documents (tests/fixtures/media-articles/), by file. */
const ARTICLE_MEDIA: Record<string, () => Promise<Buffer> | Buffer> = {
  "news/photo-exhibition-almaty/opening.jpg": () =>
    syntheticPhoto({ width: 2400, height: 1600, seed: 11 }),
  "news/exhibition-wall.jpg": () => syntheticPhoto({ width: 1600, height: 1200, seed: 12 }),
  "news/shelter-network-report.png": () =>
    syntheticPhoto({ width: 1600, height: 1067, seed: 13, format: "png", exif: "none" }),
  "news/photo-exhibition-almaty/curators-statement.pdf": () =>
    syntheticPdf("Curators statement", 240 * 1024),
  "news/photo-exhibition-almaty/works.pdf": () => syntheticPdf("List of exhibited works"),
  "news/photo-exhibition-almaty/curators-statement.ru.pdf": () =>
    syntheticPdf("Zayavlenie kuratorov", 120 * 1024),
};

/**
 * Adds the fixture articles with pictures and documents to a content folder (a generated corpus
 * for the end-to-end tests), with their files made here.
 */
export async function writeMediaArticles(contentDir: string): Promise<void> {
  const fixtures = path.resolve(import.meta.dirname, "../tests/fixtures/media-articles");
  fs.cpSync(fixtures, contentDir, { recursive: true });
  for (const [file, make] of Object.entries(ARTICLE_MEDIA)) {
    fs.mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
    fs.writeFileSync(path.join(contentDir, file), await make());
  }
}
