/**
 * The site's fonts draw every letter of the region's alphabets: each letter is routed by the
 * @font-face rules app/globals.css imports (their unicode-range) to a file whose character map
 * has it. The files are read as shipped (WOFF2, with fontkit). The fallback faces that stand
 * in while a font loads have the metrics next/font would compute for the same files. Each
 * language's pages preload exactly the files its letters reach.
 */
import fs from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { getFallbackMetricsFromFontFile } from "next/dist/compiled/@next/font/dist/local/get-fallback-metrics-from-font-file";
import { describe, expect, it } from "vitest";
import { FONT_FILES } from "@/lib/fonts/files";
import { fontPreloads } from "@/lib/fonts/preload";
import { FALLBACK_LOCALES, LOCALES, type Locale } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/dictionary";
import { ALL_LETTERS, BASE_ALPHABETS, REGION_LETTERS, SAMPLES } from "../fixtures/alphabets";

type Face = {
  family: string;
  weight: [number, number];
  style: string;
  display: string | undefined;
  ranges: [number, number][] | undefined;
  file: string | undefined;
  block: string;
};

const globals = fs.readFileSync("app/globals.css", "utf8");

/** The value of `property` in a CSS block, without quotes. */
const value = (block: string, property: string) =>
  new RegExp(`(?:^|[;{\\s])${property}\\s*:\\s*([^;}]+)`).exec(block)?.[1]?.trim();

/** "U+0460-052F,U+20B4" as [first, last] code points. */
function parseRanges(text: string): [number, number][] {
  return text.split(",").map((part) => {
    const [first, last = first] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(first!, 16), parseInt(last!, 16)];
  });
}

/** The @font-face rules of a style sheet, with their files resolved beside it. */
function facesOf(css: string, file: string): Face[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, block]) => {
    const weights = (value(block!, "font-weight") ?? "400").split(/\s+/).map(Number);
    const range = value(block!, "unicode-range");
    const woff2 = /url\(["']?([^)"']+\.woff2)["']?\)/.exec(block!)?.[1];
    return {
      family: value(block!, "font-family")!.replace(/["']/g, ""),
      weight: [weights[0]!, weights.at(-1)!],
      style: value(block!, "font-style") ?? "normal",
      display: value(block!, "font-display"),
      ranges: range ? parseRanges(range) : undefined,
      // An address (/fonts/…) is a file of public/; anything else is beside the style sheet.
      file: woff2
        ? woff2.startsWith("/")
          ? path.resolve("public", `.${woff2}`)
          : path.resolve(path.dirname(file), woff2)
        : undefined,
      block: block!,
    };
  });
}

/** Every face the site's style sheet brings in: its @imports (its own or packages'), and its own. */
const imported = [...globals.matchAll(/@import\s+"([^"]+\.css)"/g)].map((match) =>
  match[1]!.startsWith(".")
    ? path.resolve("app", match[1]!)
    : path.resolve("node_modules", match[1]!),
);
const faces = [
  ...imported.flatMap((file) => facesOf(fs.readFileSync(file, "utf8"), file)),
  ...facesOf(globals, "app/globals.css"),
];

/** The families a theme variable lists, in order. */
const families = (variable: string) =>
  value(globals, variable)!
    .split(",")
    .map((family) => family.trim().replace(/["']/g, ""));

/** The weights the site draws each family in (Tailwind's font-normal … font-bold). */
const USES = [
  { family: families("--font-sans")[0]!, weights: [400, 500, 600, 700] },
  { family: families("--font-serif")[0]!, weights: [700] },
];

const fonts = new Map<string, fontkit.Font>();
function open(file: string): fontkit.Font {
  let font = fonts.get(file);
  if (!font) {
    const opened = fontkit.openSync(file);
    font = "fonts" in opened ? opened.fonts[0]! : opened;
    fonts.set(file, font);
  }
  return font;
}

/**
 * The face that draws a character in a family at a weight, as a browser picks it: among the
 * faces of the nearest weight whose unicode-range holds the character, the last defined
 * first, the first whose font has the glyph (ranges of subsets overlap: U+04B0 is in both
 * Cyrillic and Cyrillic Extended).
 */
function faceFor(family: string, weight: number, codePoint: number): Face | undefined {
  const distance = (face: Face) =>
    weight < face.weight[0] ? face.weight[0] - weight : Math.max(0, weight - face.weight[1]);
  const candidates = faces.filter(
    (face) =>
      face.family === family &&
      face.style === "normal" &&
      (!face.ranges || face.ranges.some(([a, b]) => codePoint >= a && codePoint <= b)),
  );
  const nearest = Math.min(...candidates.map(distance));
  return candidates
    .filter((face) => distance(face) === nearest)
    .reverse()
    .find((face) => open(face.file!).hasGlyphForCodePoint(codePoint));
}

describe("the fonts pages use", () => {
  it("are the site's own, shown at once in a fallback while they load", () => {
    expect(USES.map((use) => use.family)).toEqual(["Noto Sans Variable", "Noto Serif"]);
    for (const { family } of USES) {
      const own = faces.filter((face) => face.family === family);
      expect(own.length, family).toBeGreaterThan(1);
      for (const face of own) {
        expect(face.display, face.block).toBe("swap");
        expect(face.ranges, face.block).toBeDefined();
        expect(fs.existsSync(face.file!), face.file).toBe(true);
      }
    }
  });

  it.each(USES)("$family draws every letter of every language, at each weight used", (use) => {
    const missing: string[] = [];
    for (const weight of use.weights) {
      for (const letter of ALL_LETTERS) {
        const codePoint = letter.codePointAt(0)!;
        const face = faceFor(use.family, weight, codePoint);
        if (!face) {
          missing.push(`${letter} U+${codePoint.toString(16).toUpperCase()} at ${weight}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("sends each script to its own subset, so a page downloads only what its text needs", () => {
    const sans = USES[0]!.family;
    const fileOf = (letter: string) =>
      path.basename(faceFor(sans, 400, letter.codePointAt(0)!)?.file ?? "none");
    expect(fileOf("a")).toMatch(/-latin-wght/);
    expect(fileOf("ʻ")).toMatch(/-latin-wght/);
    expect(fileOf("ň")).toMatch(/-latin-ext-wght/);
    expect(fileOf("ж")).toMatch(/-cyrillic-wght/);
    expect(fileOf("ұ")).toMatch(/-cyrillic-wght/);
    expect(fileOf("қ")).toMatch(/-cyrillic-ext-wght/);
    // And the test itself can fail: a script the fonts do not cover has no face.
    expect(faceFor(sans, 400, "ქ".codePointAt(0)!)).toBeUndefined();
  });

  it("covers each language's sample text", () => {
    for (const [language, sample] of Object.entries(SAMPLES)) {
      for (const letter of sample.replace(/\s/g, "")) {
        for (const { family, weights } of USES) {
          expect(faceFor(family, weights[0]!, letter.codePointAt(0)!), letter).toBeDefined();
        }
      }
      expect(REGION_LETTERS).toHaveProperty(language);
    }
  });

  it.each(LOCALES)(
    "%s: every letter of its interface is drawn by both families, and its alphabet is listed here",
    (locale) => {
      const letters = new Set(JSON.stringify(MESSAGES[locale]).match(/[\p{L}\p{M}]/gu));
      const missing = [...letters].filter((letter) =>
        USES.some(({ family, weights }) =>
          weights.some((weight) => !faceFor(family, weight, letter.codePointAt(0)!)),
        ),
      );
      expect(missing).toEqual([]);
      // A new language's own letters join the lists above, which every font test draws.
      expect({ ...BASE_ALPHABETS, ...REGION_LETTERS }).toHaveProperty(locale);
    },
  );

  it.each(LOCALES)(
    "%s: its pages preload exactly the files its letters, and its fallbacks', are drawn from",
    (locale) => {
      // The language's alphabet, and its fallback languages' (their text shows where an item
      // is not translated): each one's own letters and the basic alphabet of its script;
      // and the digits and punctuation of every page.
      const alphabet = (language: string) => {
        const own = `${REGION_LETTERS[language as keyof typeof REGION_LETTERS] ?? ""}${SAMPLES[language as keyof typeof SAMPLES] ?? ""}`;
        const base =
          BASE_ALPHABETS[language as keyof typeof BASE_ALPHABETS] ??
          Object.values(BASE_ALPHABETS).find((letters) =>
            [...own].some((letter) => letters.includes(letter)),
          );
        return `${base}${own}`;
      };
      const languages = [locale, ...FALLBACK_LOCALES[locale as Locale]];
      const letters = new Set(
        `${languages.map(alphabet).join("")}0123456789.,:;!?«»–`.replace(/\s/g, ""),
      );
      const addressOf = new Map(
        Object.values(FONT_FILES).flatMap(({ sans, serif }) => [
          [path.resolve("public", `.${sans}`), sans],
          [path.resolve("public", `.${serif}`), serif],
        ]),
      );
      const reached = new Set<string>();
      for (const letter of letters) {
        for (const { family, weights } of USES) {
          const file = faceFor(family, weights[0]!, letter.codePointAt(0)!)?.file;
          reached.add(addressOf.get(file!) ?? `not a preloadable file: ${file}`);
        }
      }
      expect(new Set(fontPreloads(locale as Locale))).toEqual(reached);
    },
  );

  it.each([
    { variable: "--font-sans", category: "sans-serif" as const },
    { variable: "--font-serif", category: "serif" as const },
  ])("$variable falls back to a face with the web font's metrics", ({ variable, category }) => {
    const [family, fallback] = families(variable);
    const fallbackFace = faces.find((face) => face.family === fallback);
    expect(fallbackFace, fallback).toBeDefined();
    const latin = faceFor(family!, 700, "a".codePointAt(0)!)!;
    const metrics = getFallbackMetricsFromFontFile(open(latin.file!), category);
    const block = fallbackFace!.block;
    expect(value(block, "src")).toContain(`local("${metrics.fallbackFont}")`);
    expect(value(block, "size-adjust")).toBe(metrics.sizeAdjust);
    expect(value(block, "ascent-override")).toBe(metrics.ascentOverride);
    expect(value(block, "descent-override")).toBe(metrics.descentOverride);
    expect(Number.parseFloat(value(block, "line-gap-override")!)).toBe(
      Number.parseFloat(metrics.lineGapOverride ?? "0"),
    );
  });
});
