/**
 * Fonts and text for the generated link-preview images (next/og). The fonts are bundled
 * with the site (Noto Serif and Noto Sans from @fontsource: Latin, Latin Extended,
 * Cyrillic and Cyrillic Extended — enough for English, Russian, Kazakh, Kyrgyz, Tajik,
 * Uzbek and Turkmen; Uzbek's U+02BB and U+02BC are in the Latin subset, Latin Extended lacks
 * U+02BB), read from node_modules when the images are built.
 *
 * next/og downloads a font (or, for an emoji, a picture) for any character the given fonts
 * lack. Nothing may be downloaded here, so every text drawn on a card first goes through
 * `previewText`, which keeps only the characters the bundled fonts can draw: emoji and
 * scripts the fonts do not cover are dropped.
 */
import fs from "node:fs";
import path from "node:path";
// The ES module build: the package's main file is a UMD bundle without named exports.
import { parse } from "opentype.js/dist/opentype.mjs";

export type PreviewFont = {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 700;
  style: "normal";
};

const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"] as const;

/** Font families used by components/PreviewCard.tsx; each subset is its own font. */
export const PREVIEW_FAMILIES = {
  serif: SUBSETS.map((subset) => `Noto Serif ${subset}`).join(", "),
  sans: SUBSETS.map((subset) => `Noto Sans ${subset}`).join(", "),
};

const FILES: { family: "serif" | "sans"; weight: 400 | 700 }[] = [
  { family: "serif", weight: 700 },
  { family: "sans", weight: 400 },
  { family: "sans", weight: 700 },
];

function fontFile(family: "serif" | "sans", subset: string, weight: number): string {
  const name = family === "serif" ? "noto-serif" : "noto-sans";
  return path.join(
    process.cwd(),
    "node_modules",
    "@fontsource",
    name,
    "files",
    `${name}-${subset}-${weight}-normal.woff`,
  );
}

let fonts: PreviewFont[] | undefined;

/**
 * The fonts for ImageResponse, read once per process. The same array is returned every
 * time, so next/og parses the fonts only once too.
 */
export function previewFonts(): PreviewFont[] {
  fonts ??= FILES.flatMap(({ family, weight }) =>
    SUBSETS.map((subset) => {
      const buffer = fs.readFileSync(fontFile(family, subset, weight));
      return {
        name: `Noto ${family === "serif" ? "Serif" : "Sans"} ${subset}`,
        data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength),
        weight,
        style: "normal" as const,
      };
    }),
  );
  return fonts;
}

let coverage: Set<number> | undefined;

/** Every code point that at least one bundled font can draw. */
export function previewCoverage(): ReadonlySet<number> {
  if (!coverage) {
    coverage = new Set();
    for (const font of previewFonts()) {
      const map = parse(font.data).tables.cmap?.glyphIndexMap ?? {};
      for (const [codePoint, glyph] of Object.entries(map)) {
        if (glyph > 0) coverage.add(Number(codePoint));
      }
    }
  }
  return coverage;
}

/**
 * `text` with only the characters in `covered`: emoji, their modifiers and joiners, and
 * letters of other scripts are dropped; spaces left doubled are closed up.
 */
export function keepCovered(text: string, covered: ReadonlySet<number>): string {
  let kept = "";
  for (const character of text.normalize("NFC")) {
    const codePoint = character.codePointAt(0)!;
    if (/\s/u.test(character)) kept += " ";
    else if (covered.has(codePoint)) kept += character;
  }
  return kept.replace(/ {2,}/g, " ").trim();
}

/** Text that is safe to draw on a preview card with the bundled fonts. */
export function previewText(text: string): string {
  return keepCovered(text, previewCoverage());
}

/** Title sizes (px) that keep every title of up to 200 characters on the card. */
export function titleSize(title: string): number {
  if (title.length <= 24) return 88;
  if (title.length <= 50) return 72;
  if (title.length <= 90) return 60;
  if (title.length <= 140) return 50;
  return 42;
}
