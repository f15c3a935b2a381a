/**
 * Preview cards: the bundled fonts draw English, Russian and every letter of Kazakh, Kyrgyz,
 * Tajik, Uzbek and Turkmen; anything else (emoji, other scripts) is dropped before next/og
 * sees it, so drawing a card never downloads. The cards drawn here are written to
 * test-results/preview-cards/ to be looked at.
 */
import fs from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PreviewCard, previewImage, previewImageOptions } from "@/components/PreviewCard";
import { LOCALES } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { countryName, formatDate } from "@/lib/format";
import { keepCovered, previewCoverage, previewText, titleSize } from "@/lib/preview-image";
import { ALL_LETTERS, REGION_LETTERS, SAMPLES } from "../fixtures/alphabets";

afterEach(() => vi.unstubAllGlobals());

const CARDS_DIR = path.resolve("test-results/preview-cards");

/**
 * Blocks the network: next/og loads its own WebAssembly from data: URLs, and anything else
 * it asks for (a font for a character the bundled fonts lack, an emoji's picture) would be a
 * download. Returns the addresses it asked for.
 */
function blockNetwork(): string[] {
  const realFetch = globalThis.fetch;
  const downloads: string[] = [];
  vi.stubGlobal("fetch", (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith("data:")) return realFetch(input, init);
    downloads.push(url);
    return Promise.reject(new Error(`no network: ${url}`));
  });
  return downloads;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("previewText", () => {
  it("keeps Latin, Cyrillic and the Kazakh letters", () => {
    const kazakh = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі";
    expect(previewText(kazakh)).toBe(kazakh);
    expect(previewText("Ending violence — «Альянс» Oʻzbekiston, Türkmenistan ňž")).toBe(
      "Ending violence — «Альянс» Oʻzbekiston, Türkmenistan ňž",
    );
  });

  it("drops emoji (with their modifiers and joiners) and scripts the fonts lack", () => {
    expect(previewText("Launch 🎉 in Almaty 👍🏽")).toBe("Launch in Almaty");
    expect(previewText("Family 👨‍👩‍👧 🇰🇿 flag")).toBe("Family flag");
    expect(previewText("中文 العربية Қазақстан")).toBe("Қазақстан");
    expect(previewText("🎉🎉")).toBe("");
  });

  it("only keeps what the coverage allows", () => {
    expect(keepCovered("a b\tc\u00a0d", new Set([..."abd"].map((c) => c.codePointAt(0)!)))).toBe(
      "a b d",
    );
    expect(previewCoverage().has("Қ".codePointAt(0)!)).toBe(true);
    expect(previewCoverage().has("😀".codePointAt(0)!)).toBe(false);
  });

  it("sizes titles so that 200 characters still fit", () => {
    expect(titleSize("UN Women")).toBeGreaterThan(titleSize("x".repeat(60)));
    expect(titleSize("x".repeat(200))).toBeLessThanOrEqual(42);
  });
});

describe("PreviewCard", () => {
  it("draws a 1200×630 PNG of an emoji-laden Kazakh title without any download", async () => {
    const downloads = blockNetwork();
    const response = new ImageResponse(
      createElement(PreviewCard, {
        siteName: "End GBV Central Asia",
        host: "example.org",
        label: "Жаңалықтар 📰",
        title: "Қазақстанда альянс құрылды 🎉👍🏽🇰🇿 中文 ★",
        facts: ["27 June 2023", "Алматы 🏙️"],
      }),
      previewImageOptions(),
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(downloads).toEqual([]);
  }, 30_000);

  it("can draw every letter of the region's alphabets", () => {
    const missing = ALL_LETTERS.filter((letter) => !previewCoverage().has(letter.codePointAt(0)!));
    expect(missing).toEqual([]);
    // U+02BB (oʻ, gʻ) is in the Latin subset only: Latin Extended lacks it.
    expect(previewText("Oʻzbekiston gʻalaba maʼno")).toBe("Oʻzbekiston gʻalaba maʼno");
  });

  it.each(Object.entries(SAMPLES))(
    "draws the %s card with every letter, without any download",
    async (language, sample) => {
      const downloads = blockNetwork();
      // Title (Noto Serif Bold), label and facts (Noto Sans Bold and Regular), and under the
      // title every letter of the language's own.
      const letters = [...REGION_LETTERS[language as keyof typeof REGION_LETTERS]].join(" ");
      const card = {
        siteName: "End GBV Central Asia",
        host: "example.org",
        label: sample,
        title: sample,
        subtitle: letters,
        facts: [sample, letters],
      };
      for (const text of [card.label, card.title, card.subtitle, ...card.facts]) {
        expect(previewText(text)).toBe(text.normalize("NFC"));
      }
      const response = new ImageResponse(createElement(PreviewCard, card), previewImageOptions());
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      expect(downloads).toEqual([]);
      fs.mkdirSync(CARDS_DIR, { recursive: true });
      fs.writeFileSync(path.join(CARDS_DIR, `${language}.png`), bytes);
    },
    30_000,
  );
});

describe("each language's own cards", () => {
  // The countries of the programme, named on signatories' cards.
  const COUNTRIES = ["KZ", "KG", "TJ", "TM", "UZ", "AF"];

  it.each(LOCALES)(
    "%s: every text its cards take from the interface keeps every letter, and the card draws without any download",
    async (locale) => {
      const dict = getDictionary(locale);
      const texts = [
        dict.site.shortName,
        dict.site.name,
        dict.site.tagline,
        dict.preview.initiative,
        dict.preview.started(2021),
        dict.preview.statementsSigned(3),
        ...Object.values(dict.categories),
        ...Object.values(dict.kinds).map((kind) => kind.one),
        ...COUNTRIES.map((country) => countryName(country, locale)),
        formatDate("2024-11-25", locale),
      ];
      for (const text of texts) expect(previewText(text), `${locale}: ${text}`).toBe(text);

      const downloads = blockNetwork();
      const cards = {
        // The site's card, as app/[locale]/opengraph-image.tsx draws it…
        site: { title: dict.site.name, subtitle: dict.site.tagline },
        // …and an article's: category, title, date and place (the site's name as title).
        article: {
          label: dict.categories.statement,
          title: dict.site.name,
          facts: [formatDate("2024-11-25", locale), countryName("KZ", locale)],
        },
      };
      fs.mkdirSync(CARDS_DIR, { recursive: true });
      for (const [name, card] of Object.entries(cards)) {
        const bytes = new Uint8Array(await previewImage(dict, card).arrayBuffer());
        expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
        fs.writeFileSync(path.join(CARDS_DIR, `${name}-${locale}.png`), bytes);
      }
      expect(downloads).toEqual([]);
    },
    30_000,
  );
});
