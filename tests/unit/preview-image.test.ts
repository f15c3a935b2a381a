/**
 * Preview cards: the bundled fonts draw English, Russian and Kazakh; anything else (emoji,
 * other scripts) is dropped before next/og sees it, so drawing a card never downloads.
 */
import { ImageResponse } from "next/og";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PreviewCard, previewImageOptions } from "@/components/PreviewCard";
import { keepCovered, previewCoverage, previewText, titleSize } from "@/lib/preview-image";

afterEach(() => vi.unstubAllGlobals());

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
    // next/og loads its own WebAssembly from data: URLs; anything else would be a download.
    const realFetch = globalThis.fetch;
    const downloads: string[] = [];
    vi.stubGlobal("fetch", (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.startsWith("data:")) return realFetch(input, init);
      downloads.push(url);
      return Promise.reject(new Error(`no network: ${url}`));
    });
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
});
