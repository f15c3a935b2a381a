/**
 * Full-page screenshots of the main page types at phone and desktop widths, for looking
 * at what the site shows a reader. Usage: BASE_URL=http://127.0.0.1:3100 npm run screenshots -- [out-dir] [path ...]
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
      "/news/joint-statement-16-days-of-activism-2020",
      "/initiatives",
      "/initiatives/spotlight-central-asia-afghanistan",
      "/signatories",
      "/signatories/un-women",
      "/no-such-page",
    ];

const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: CHROMIUM_ARGS,
});
for (const colorScheme of ["light", "dark"] as const) {
  for (const [label, width] of [
    ["phone", 390],
    ["desktop", 1280],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height: 844 }, colorScheme });
    for (const path of pages) {
      await page.goto(base + path);
      const name =
        (path === "/" ? "home" : path.slice(1).replace(/\//g, "_")) +
        `-${label}-${colorScheme}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
    }
    await page.close();
  }
}
await browser.close();
console.log(`Screenshots written to ${outDir}`);
