/**
 * The fonts a reader's browser downloads for a page: which files and how many bytes. Which
 * subsets a page needs depends on its text (each @font-face has a unicode-range), so this is
 * measured in Chromium, after the page and its fonts have loaded, not read from the HTML.
 * Font files are compressed already (WOFF2): their size is what travels.
 */
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "../../tests/e2e/chromium";

export type FontWeight = { files: string[]; bytes: number };

export async function fontWeights(
  origin: string,
  paths: readonly string[],
): Promise<Record<string, FontWeight>> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  });
  try {
    const weights: Record<string, FontWeight> = {};
    for (const path of paths) {
      // A new context each time: nothing cached from the page before.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const sizes = new Map<string, Promise<number>>();
      page.on("response", (response) => {
        if (response.request().resourceType() !== "font") return;
        sizes.set(
          response.url().replace(/^.*\//, ""),
          response.body().then((body) => body.length),
        );
      });
      await page.goto(origin + path, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const files = [...sizes.keys()].sort();
      let bytes = 0;
      for (const size of sizes.values()) bytes += await size;
      weights[path] = { files, bytes };
      await context.close();
    }
    return weights;
  } finally {
    await browser.close();
  }
}
