/**
 * Search figures on a generated corpus: index build time, index memory, query latency.
 * Usage: tsx scripts/bench-search.ts --docs 10000
 * The corpus comes from scripts/generate-corpus.ts; bodies are rendered with markdown-it
 * (close to Contentlayer's HTML in size and words).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import MarkdownIt from "markdown-it";
import { buildCorpus, type GeneratedRecord } from "../lib/content/corpus";
import { DOCUMENT_TYPES, type DocumentType } from "../lib/content/schema";
import { readContent } from "../lib/content/source";
import { publicationContext } from "../lib/publication";
import {
  createSearchIndex,
  loadSearchIndex,
  parseSearchParams,
  search,
  serializeSearchIndex,
} from "../lib/search";

const { values } = parseArgs({ options: { docs: { type: "string", default: "10000" } } });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
execFileSync("npx", ["tsx", "scripts/generate-corpus.ts", "--docs", values.docs!, "--out", dir], {
  stdio: "ignore",
});

const markdown = new MarkdownIt();
const { documents } = readContent(dir, dir);
const records: Partial<Record<DocumentType, GeneratedRecord[]>> = {};
for (const document of documents) {
  const folder = DOCUMENT_TYPES[document.type].folder;
  const name = `${document.slug}${document.locale ? `.${document.locale}` : ""}.md`;
  (records[document.type] ??= []).push({
    ...document.data,
    _raw: { sourceFilePath: `${folder}/${name}`, sourceFileName: name, sourceFileDir: folder },
    body: { raw: document.body, html: markdown.render(document.body) },
  });
}
const corpus = buildCorpus(records);
fs.rmSync(dir, { recursive: true, force: true });

let started = performance.now();
const json = serializeSearchIndex(createSearchIndex([corpus]));
const buildMs = performance.now() - started;
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
started = performance.now();
// What a server does at start-up: load the index written at build time.
const index = loadSearchIndex(json);
const loadMs = performance.now() - started;
globalThis.gc?.();
const indexMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

const context = publicationContext();
const queries = [
  "violence",
  "uzbekstan",
  "алматы",
  "shelter survivors",
  "региональный диалог",
  "data",
  "youth campaign",
  "қазақстанда",
  "parliament protection",
  "tashkent",
];
const filters = [{}, { country: "KZ" }, { year: "2019" }, { category: "statement", country: "UZ" }];
for (const query of queries)
  search(index, corpus, context, parseSearchParams({ q: query }, corpus)); // warm up
const times: number[] = [];
const slowest = new Map<string, number>();
for (let round = 0; round < 20; round++) {
  for (const query of queries) {
    for (const filter of filters) {
      started = performance.now();
      search(index, corpus, context, parseSearchParams({ q: query, ...filter }, corpus));
      const elapsed = performance.now() - started;
      times.push(elapsed);
      slowest.set(query, Math.max(slowest.get(query) ?? 0, elapsed));
    }
  }
}
times.sort((a, b) => a - b);
const percentile = (p: number) =>
  times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
console.log(
  `| documents | index build (at build) | index load (start-up) | index memory | searches | p50 | p95 | p99 |`,
);
console.log(`| --- | --- | --- | --- | --- | --- | --- | --- |`);
console.log(
  `| ${documents.length} | ${(buildMs / 1000).toFixed(2)} s | ${(loadMs / 1000).toFixed(2)} s | ${indexMb.toFixed(0)} MB | ${times.length} | ${percentile(50).toFixed(1)} ms | ${percentile(95).toFixed(1)} ms | ${percentile(99).toFixed(1)} ms |`,
);
console.log(
  `\nSlowest time per query: ${[...slowest].map(([query, ms]) => `${query} ${ms.toFixed(1)} ms`).join(", ")}`,
);
