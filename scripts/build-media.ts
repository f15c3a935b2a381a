/**
 * Part of `npm run content:build`: checks the pictures and documents the content names
 * (lib/content/media-rules.ts: a build never publishes a file the check refuses, even when the
 * check was not run) and makes their served files under public/media/ and the manifest
 * .contentlayer/media.json (lib/media/build.ts). `--keep-going` (npm run dev) reports problems
 * and publishes the rest.
 */
import fs from "node:fs";
import path from "node:path";
import { formatIssue } from "../lib/content/issues";
import { checkMedia } from "../lib/content/media-rules";
import { contentDir } from "../lib/content/paths";
import { readContent } from "../lib/content/source";
import { buildMedia, removeStale } from "../lib/media/build";
import { MEDIA_MANIFEST_FILE } from "../lib/media/manifest";
import { MEDIA_URL_PREFIX } from "../lib/media/variants";

const started = performance.now();
const root = contentDir();
const publicDir = path.resolve("public");
const { documents, media } = readContent(root);
const { issues, references } = await checkMedia(documents, root, media);
for (const issue of issues) console.error(formatIssue(issue));
if (issues.length > 0 && !process.argv.includes("--keep-going")) {
  console.error(
    `\nMedia build failed: ${issues.length} problem(s); run \`npm run content:check\`.`,
  );
  process.exit(1);
}
const manifest = await buildMedia(references, root, publicDir, (done, total) => {
  if (done % 50 === 0) console.log(`Media: ${done} of ${total} pictures`);
});
removeStale(manifest, publicDir, MEDIA_URL_PREFIX);
fs.mkdirSync(path.dirname(MEDIA_MANIFEST_FILE), { recursive: true });
fs.writeFileSync(MEDIA_MANIFEST_FILE, JSON.stringify(manifest));
console.log(
  `Media written: ${Object.keys(manifest.pictures).length} pictures, ${Object.keys(manifest.documents).length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
