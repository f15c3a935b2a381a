/**
 * Builds a copy of the site with a generated corpus (scripts/generate-corpus.ts, whose seed is
 * fixed by its size) for the end-to-end tests in tests/e2e-generated/: long lists, pagination,
 * empty states and untranslated items, which the bundled content is too small to show, and
 * articles with pictures and documents (tests/fixtures/media-articles/), which it has none of.
 *   npx tsx scripts/build-generated-site.ts        (prints the folder it built)
 * The folder is the same for a checkout every time (GENERATED_SITE_DIR), so Playwright can
 * serve it: see playwright.config.ts.
 */
import { generatedSiteDir, GENERATED_SITE_DOCS } from "../tests/e2e-generated/site";
import { copySite, run } from "./site-copy";
import { writeMediaArticles } from "./synthetic-media";

const started = performance.now();
const site = copySite(generatedSiteDir());
run(
  "npx",
  [
    "tsx",
    "scripts/generate-corpus.ts",
    "--docs",
    String(GENERATED_SITE_DOCS),
    "--out",
    site.contentDir,
  ],
  site.dir,
);
// Articles with photos and documents (made here with sharp: no invented photo in content/).
await writeMediaArticles(site.contentDir);
run("npm", ["run", "--silent", "build"], site.dir, { CONTENT_DIR: site.contentDir });
console.log(
  `Built the generated-corpus site (${GENERATED_SITE_DOCS} documents) in ${site.dir} in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
