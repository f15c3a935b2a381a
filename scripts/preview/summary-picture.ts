/**
 * `npx tsx scripts/preview/summary-picture.ts [preview/summary.md] [docs/preview-summary.png]`
 * draws a summary.md as a pull request's job summary shows it (Markdown rendered on a page
 * framed like GitHub's "Summary" box), for the picture in CONTRIBUTING.md.
 */
import fs from "node:fs";
import { chromium } from "@playwright/test";
import MarkdownIt from "markdown-it";
import { CHROMIUM_ARGS, chromiumExecutable } from "../../tests/e2e/chromium";

const [input = "preview/summary.md", output = "docs/preview-summary.png"] = process.argv.slice(2);
const body = new MarkdownIt({ linkify: false }).render(fs.readFileSync(input, "utf8"));

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
body { margin: 0; background: #f6f8fa; font: 14px/1.5 "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1f2328; }
.frame { margin: 16px; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
.title { padding: 12px 16px; border-bottom: 1px solid #d0d7de; font-weight: 600; }
.title span { color: #59636e; font-weight: 400; }
.markdown { padding: 8px 24px 16px; }
h1 { font-size: 22px; border-bottom: 1px solid #d8dee4; padding-bottom: 6px; }
h2 { font-size: 18px; border-bottom: 1px solid #d8dee4; padding-bottom: 4px; margin-top: 22px; }
code { background: #eff1f3; border-radius: 4px; padding: 1px 4px; font-size: 12.5px; }
pre { background: #f6f8fa; border-radius: 6px; padding: 10px 12px; overflow: hidden; white-space: pre-wrap; }
pre code { background: none; padding: 0; }
a { color: #0969da; text-decoration: none; }
ul { padding-left: 22px; } li { margin: 2px 0; }
</style></head><body><div class="frame"><div class="title">preview summary <span>· Content preview / preview</span></div>
<div class="markdown">${body}</div></div></body></html>`;

const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: CHROMIUM_ARGS,
});
const context = await browser.newContext({ viewport: { width: 960, height: 800 } });
const tab = await context.newPage();
await tab.setContent(page, { waitUntil: "load" });
await tab.screenshot({ path: output, fullPage: true });
await browser.close();
console.log(`${output} written`);
