/**
 * Full-page screenshots of the main page types at phone and desktop widths, for looking
 * at what the site shows a reader; with the default pages, also the quick-exit bar as a
 * reader sees it (top of a page, scrolled down, counting Shift presses) and a statement
 * printed (PNG and PDF). Usage: BASE_URL=http://127.0.0.1:3100 npm run screenshots -- [out-dir] [path ...]
 */
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "../tests/e2e/chromium";

const [outDir = "/tmp/screenshots", ...paths] = process.argv.slice(2);
const base = process.env.BASE_URL ?? "http://127.0.0.1:3100";
const pages = paths.length
  ? paths
  : [
      "/",
      "/news",
      "/news/joint-statement-16-days-of-activism-covid-19",
      "/initiatives",
      "/initiatives/spotlight-central-asia-afghanistan",
      "/signatories",
      "/signatories/un-women",
      "/staying-safe-online",
      "/search?q=alliance",
      "/tags/civil-society",
      "/no-such-page",
      // The same pages in Russian.
      "/ru",
      "/ru/news/joint-statement-16-days-of-activism-covid-19",
      "/ru/initiatives",
      "/ru/signatories/un-women",
      "/ru/staying-safe-online",
    ];
const STATEMENT = "/news/joint-statement-16-days-of-activism-covid-19";

const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: CHROMIUM_ARGS,
});
for (const colorScheme of ["light", "dark"] as const) {
  for (const [label, width] of [
    ["phone", 390],
    ["desktop", 1280],
  ] as const) {
    // A Russian-speaking reader's browser, so Russian pages show no suggestion to switch.
    const page = await browser.newPage({
      viewport: { width, height: 844 },
      colorScheme,
      locale: "ru-RU",
    });
    for (const path of pages) {
      await page.goto(base + path);
      const name =
        (path === "/" ? "home" : path.slice(1).replace(/[/?=&]/g, "_")) +
        `-${label}-${colorScheme}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
    }
    if (!paths.length) {
      // The quick exit as a reader meets it: on arrival, after scrolling, while counting.
      const suffix = `${label}-${colorScheme}.png`;
      await page.goto(base + STATEMENT);
      await page.screenshot({ path: `${outDir}/quick-exit-top-${suffix}` });
      await page.mouse.wheel(0, 1500);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${outDir}/quick-exit-scrolled-${suffix}` });
      await page.locator('a[data-quick-exit="ready"]').waitFor();
      await page.keyboard.press("Shift");
      await page.keyboard.press("Shift");
      await page.screenshot({ path: `${outDir}/quick-exit-counting-${suffix}` });
      await page.getByRole("link", { name: "Exit this page" }).focus();
      await page.screenshot({ path: `${outDir}/quick-exit-focused-${suffix}` });
    }
    await page.close();
  }
}
if (!paths.length) {
  // A statement on paper (from a browser in dark mode, as some readers' are).
  const page = await browser.newPage({
    viewport: { width: 800, height: 1100 },
    colorScheme: "dark",
  });
  await page.emulateMedia({ media: "print" });
  await page.goto(base + STATEMENT);
  await page.screenshot({ path: `${outDir}/print-statement.png`, fullPage: true });
  await page.pdf({ path: `${outDir}/print-statement.pdf`, format: "A4" });
  await page.close();
}
await browser.close();
console.log(`Screenshots written to ${outDir}`);
