/**
 * Building a copy of the site for the bench: a generated corpus written into it, a command
 * run to its end with its wall time and its process tree's peak memory, and what the build
 * prerendered.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generatedArticles } from "../corpus-articles";
import type { SiteCopy } from "../site-copy";
import { watchPeak } from "./process-tree";

/** Writes `docs` generated documents into the copy's content folder; returns the file count. */
export function generateCorpus(site: SiteCopy, docs: number): number {
  execFileSync(
    path.join(site.dir, "node_modules/.bin/tsx"),
    ["scripts/generate-corpus.ts", "--docs", String(docs), "--out", site.contentDir],
    { cwd: site.dir, stdio: "ignore" },
  );
  return execFileSync("find", [site.contentDir, "-name", "*.md"], { encoding: "utf8" })
    .trim()
    .split("\n").length;
}

/**
 * Slugs of the generated articles (originals, news/item-N.md) that are public before `today`
 * (YYYY-MM-DD): neither drafts nor scheduled. In the folder's order.
 */
export function publicArticleSlugs(contentDir: string, today: string): string[] {
  return generatedArticles(contentDir)
    .filter((article) => !article.draft && article.date < today)
    .map((article) => article.slug);
}

/** Seconds in the "1m2.345s" form of bash's `times`. */
const bashSeconds = (text: string) => {
  const [, minutes, seconds] = /^(\d+)m([\d.]+)s$/.exec(text) ?? [];
  return Number(minutes) * 60 + Number(seconds);
};

/**
 * Runs a command to its end, with its wall time, the processor time of its whole process tree
 * (user and system, as bash's `times` counts the children it waited for: on a machine shared
 * with other work it moves far less than the wall time), its peak memory and output.
 */
export async function measured(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
) {
  const timesFile = path.join(os.tmpdir(), `bench-times-${process.pid}-${Date.now()}`);
  const started = performance.now();
  const child = spawn(
    "bash",
    ["-c", '"$@"; status=$?; times > "$BENCH_TIMES"; exit $status', "bash", command, ...args],
    { cwd, env: { ...process.env, ...env, BENCH_TIMES: timesFile } },
  );
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const peak = watchPeak(child.pid!);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const peakBytes = peak.stop();
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${output.slice(-3000)}`);
  // The second line: the children's user and system time.
  const children = fs.readFileSync(timesFile, "utf8").trim().split("\n")[1]!.split(" ");
  fs.rmSync(timesFile);
  const cpuMs = (bashSeconds(children[0]!) + bashSeconds(children[1]!)) * 1000;
  return { ms, cpuMs, peakBytes, output };
}

/** The whole build (`npm run build`) of a copy against its own content folder, measured. */
export function buildSite(site: SiteCopy) {
  const env = { CONTENT_DIR: site.contentDir, NEXT_TELEMETRY_DISABLED: "1" };
  return measured("npm", ["run", "--silent", "build"], site.dir, env);
}

/** The routes a build prerendered, and among them the HTML pages (not images or feeds). */
export function prerendered(siteDir: string): { routes: string[]; htmlPages: string[] } {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(siteDir, ".next/prerender-manifest.json"), "utf8"),
  ) as { routes: Record<string, unknown> };
  const routes = Object.keys(manifest.routes);
  const htmlPages = routes.filter((route) => !/opengraph-image|\.(xml|json|txt|svg)$/.test(route));
  return { routes, htmlPages };
}
