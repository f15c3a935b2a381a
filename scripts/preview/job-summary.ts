/**
 * `tsx scripts/preview/job-summary.ts DIR [ARTIFACT_URL]`: prints DIR/summary.md for the
 * job summary of the content-preview workflow (.github/workflows/content-preview.yml), its
 * image links pointing at the uploaded artifact.
 */
import fs from "node:fs";
import path from "node:path";
import { forJobSummary } from "../../lib/preview/job-summary";

const [dir = "preview", artifactUrl] = process.argv.slice(2);
const summary = fs.readFileSync(path.join(dir, "summary.md"), "utf8");
process.stdout.write(forJobSummary(summary, artifactUrl || undefined));
