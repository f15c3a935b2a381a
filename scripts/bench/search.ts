/**
 * Search figures for a built copy of the site: how long the server takes to load the index
 * the build wrote, the memory it holds, and the time of searches in every language of the
 * site (wall and processor time), measured around `search()` as the search page calls it. Run by scripts/bench.ts in a process of its own:
 *   node --expose-gc --import tsx scripts/bench/search.ts SITE_DIR
 * Prints one JSON line.
 */
import fs from "node:fs";
import path from "node:path";
import { buildCorpora, recordsByType } from "../../lib/content/corpus";
import { readGeneratedRecords } from "../../lib/content/records";
import { LOCALES } from "../../lib/i18n/config";
import { publicationContext } from "../../lib/publication";
import { loadSearchIndex, parseSearchParams, search } from "../../lib/search";

const site = path.resolve(process.argv[2] ?? ".");
const corpora = buildCorpora(
  recordsByType(readGeneratedRecords(path.join(site, ".contentlayer/generated"))),
);
const json = fs.readFileSync(path.join(site, ".contentlayer/search-index.json"), "utf8");

globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let started = performance.now();
const index = loadSearchIndex(json);
const loadMs = performance.now() - started;
globalThis.gc?.();
const memoryMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

/**
 * Common, middling and rare words, typos, Russian and the region's languages (as written, and
 * typed without their letters: folded), one to three words.
 */
const QUERIES = [
  "violence",
  "women girls",
  "shelter survivors",
  "uzbekstan",
  "tashkent",
  "youth campaign",
  "parliament protection",
  "насилие",
  "пострадавших убежище",
  "алматы",
  "қазақстанда",
  "региональный диалог",
  "казакстанда",
  "o'zbekiston",
  "türkmenistan ýaşaýjylary",
  "тоҷикистон ҳуқуқ",
  "кыргызстан",
];
const FILTERS = [{}, { country: "KZ" }, { year: "2019" }, { category: "statement", country: "UZ" }];
const context = publicationContext();
const times: number[] = [];
// The processor time of each search too: on a machine shared with other work, the wall time
// also counts the waits for a core, which a reader of an idle server does not see.
const cpuTimes: number[] = [];
const slowest = new Map<string, number>();
for (let round = 0; round < 6; round++) {
  for (const locale of LOCALES) {
    const corpus = corpora[locale];
    for (const query of QUERIES) {
      for (const filter of FILTERS) {
        const cpuBefore = process.cpuUsage();
        started = performance.now();
        search(index, corpus, context, parseSearchParams({ q: query, ...filter }, corpus));
        const elapsed = performance.now() - started;
        const cpu = process.cpuUsage(cpuBefore);
        // The first round warms the engine up (JIT), as a running server is.
        if (round === 0) continue;
        times.push(elapsed);
        cpuTimes.push((cpu.user + cpu.system) / 1000);
        slowest.set(query, Math.max(slowest.get(query) ?? 0, elapsed));
      }
    }
  }
}
const percentile = (p: number, values = times) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
console.log(
  JSON.stringify({
    documents: index.engine.documentCount,
    loadMs,
    memoryMb,
    searches: times.length,
    p50: percentile(50),
    p95: percentile(95),
    p99: percentile(99),
    cpuP50: percentile(50, cpuTimes),
    cpuP95: percentile(95, cpuTimes),
    cpuP99: percentile(99, cpuTimes),
    slowest: [...slowest].sort((a, b) => b[1] - a[1]).slice(0, 3),
  }),
);
