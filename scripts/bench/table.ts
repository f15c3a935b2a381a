/**
 * `npm run bench:table -- 100.json 1000.json 10000.json` — one Markdown table with a column
 * per `npm run bench -- --json` result, as docs/performance.md shows them side by side.
 */
import fs from "node:fs";

interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}
interface Lighthouse {
  scores: Record<string, number>;
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
}
interface Result {
  docs: number;
  files: number;
  check: number;
  contentBuild: { ms: number; peakBytes: number };
  nextBuild: { ms: number; peakBytes: number };
  prerendered: { html: number; routes: number };
  firstRender: number;
  weight: Record<"html" | "js" | "ownJs" | "frameworkJs", { raw: number; gzip: number }> & {
    css?: { raw: number; gzip: number };
  };
  fonts?: Record<string, { files: string[]; bytes: number }>;
  loads: Record<string, Load>;
  ceiling: { before: Load; after: Load };
  /** The origin alone and the ceiling in pairs (runs from 2026-12-02 on, after run e). */
  origin?: { pairs: { ratio: number }[]; gzipPairs: { ratio: number }[] };
  cached?: Load;
  cluster?: {
    article: Load;
    ceilingGzip: Load;
    /** The same pairs measured with wrk (runs from 2026-12-02 on). */
    wrkPairs?: { ratio: number }[];
    sweeps: {
      instances: number;
      requestsPerSecond: number;
      p50: number;
      p99: number;
      failed: number;
    }[];
    soak?: {
      minutes: number;
      peakRss: number[];
      bound: number;
      load: { failed: number; p99: number };
    };
  };
  rss: { start: number; after: number; again: number; repeats?: number[] };
  search: { documents: number; loadMs: number; memoryMb: number; p50: number; p95: number };
  lighthouse: Lighthouse | string;
  lighthouseApplied: Lighthouse | string;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npm run bench:table -- result.json [result.json ...]");
  process.exit(2);
}
const results = files.map((file) => JSON.parse(fs.readFileSync(file, "utf8")) as Result);

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** The median ratio of three pairs, or a dash for runs that did not measure them. */
const medianRatio = (pairs: { ratio: number }[] | undefined) => {
  const ratios = (pairs ?? []).map((pair) => pair.ratio).sort((a, b) => a - b);
  return ratios.length === 3 ? `**${ratios[1]!.toFixed(2)}**` : "—";
};
const ceilingOf = (r: Result) =>
  r.ceiling.after.requestsPerSecond > r.ceiling.before.requestsPerSecond
    ? r.ceiling.after
    : r.ceiling.before;
const rps = (load: Load | undefined) =>
  load
    ? `${load.requestsPerSecond.toFixed(0)} req/s, p50 ${load.p50} / p99 ${load.p99} ms, ${load.errors} errors`
    : "—";
const lighthouse = (result: Lighthouse | string, scores: boolean) =>
  typeof result === "string"
    ? result
    : `${scores ? Object.values(result.scores).join(" / ") : result.scores.performance}; LCP ${s(result.lcp)}, FCP ${s(result.fcp)}, TBT ${result.tbt.toFixed(0)} ms, CLS ${result.cls.toFixed(2)}`;

const rows: [string, (r: Result) => string][] = [
  ["files (with translations and topics)", (r) => r.files.toLocaleString("en")],
  ["content check", (r) => s(r.check)],
  [
    "Contentlayer + search index",
    (r) => `${s(r.contentBuild.ms)}, peak ${mb(r.contentBuild.peakBytes)}`,
  ],
  ["`next build`", (r) => `${s(r.nextBuild.ms)}, peak ${mb(r.nextBuild.peakBytes)}`],
  ["**whole build**", (r) => `**${s(r.check + r.contentBuild.ms + r.nextBuild.ms)}**`],
  ["prerendered HTML pages", (r) => r.prerendered.html.toLocaleString("en")],
  ["archive article, first request", (r) => `${r.firstRender.toFixed(0)} ms`],
  ["article HTML, gzip (raw)", (r) => `${kb(r.weight.html.gzip)} (${kb(r.weight.html.raw)})`],
  ["article JS, gzip (raw)", (r) => `${kb(r.weight.js.gzip)} (${kb(r.weight.js.raw)})`],
  [
    "— framework baseline",
    (r) => `${kb(r.weight.frameworkJs.gzip)} (${kb(r.weight.frameworkJs.raw)})`,
  ],
  ["— our islands", (r) => `${kb(r.weight.ownJs.gzip)} (${kb(r.weight.ownJs.raw)})`],
  [
    "article CSS, gzip (raw)",
    (r) => (r.weight.css ? `${kb(r.weight.css.gzip)} (${kb(r.weight.css.raw)})` : "—"),
  ],
  [
    "fonts downloaded: article / Russian article",
    (r) =>
      r.fonts
        ? Object.values(r.fonts)
            .map((font) => `${kb(font.bytes)} (${font.files.length} files)`)
            .join(" / ")
        : "—",
  ],
  ...["article", "news list", "home", "article again"].map(
    (name) => [name, (r: Result) => rps(r.loads[name])] as [string, (r: Result) => string],
  ),
  ["static-file ceiling (higher run)", (r) => rps(ceilingOf(r))],
  [
    "**article / ceiling**",
    (r) =>
      `**${(r.loads.article!.requestsPerSecond / ceilingOf(r).requestsPerSecond).toFixed(2)}**`,
  ],
  ["**article alone / ceiling**, median of three pairs", (r) => medianRatio(r.origin?.pairs)],
  ["the same with gzip, median of three pairs", (r) => medianRatio(r.origin?.gzipPairs)],
  ["article through nginx cache", (r) => rps(r.cached)],
  [
    "cached article / ceiling",
    (r) =>
      r.cached ? (r.cached.requestsPerSecond / ceilingOf(r).requestsPerSecond).toFixed(2) : "—",
  ],
  ["article through the cluster (gzip)", (r) => rps(r.cluster?.article)],
  ["static-file ceiling, compressed bytes", (r) => rps(r.cluster?.ceilingGzip)],
  [
    "**cluster article / ceiling (gzip)**",
    (r) =>
      r.cluster
        ? `**${(r.cluster.article.requestsPerSecond / r.cluster.ceilingGzip.requestsPerSecond).toFixed(2)}**`
        : "—",
  ],
  ["**the same with wrk**, median of three pairs", (r) => medianRatio(r.cluster?.wrkPairs)],
  ...[1, 2].map(
    (instances) =>
      [
        `cache misses only, ${instances} instance${instances > 1 ? "s" : ""}`,
        (r: Result) => {
          const sweep = r.cluster?.sweeps.find((entry) => entry.instances === instances);
          return sweep
            ? `${sweep.requestsPerSecond.toFixed(0)} req/s, p99 ${sweep.p99} ms, ${sweep.failed} failed`
            : "—";
        },
      ] as [string, (r: Result) => string],
  ),
  [
    "soak: peak RSS per instance (bound)",
    (r) =>
      r.cluster?.soak
        ? `${r.cluster.soak.peakRss.map(mb).join(", ")} (${mb(r.cluster.soak.bound)}), ${r.cluster.soak.minutes} min, ${r.cluster.soak.load.failed} failed`
        : "—",
  ],
  [
    "server RSS: start → loads → each repeat",
    (r) => [r.rss.start, r.rss.after, ...(r.rss.repeats ?? [r.rss.again])].map(mb).join(" → "),
  ],
  ["search: load, memory", (r) => `${s(r.search.loadMs)}, ${r.search.memoryMb.toFixed(0)} MB`],
  ["search p50 / p95", (r) => `${r.search.p50.toFixed(1)} / ${r.search.p95.toFixed(1)} ms`],
  ["Lighthouse mobile (perf / a11y / BP / SEO)", (r) => lighthouse(r.lighthouse, true)],
  ["Lighthouse, throttling applied (perf)", (r) => lighthouse(r.lighthouseApplied, false)],
];

const header = ["", ...results.map((r) => `${r.docs.toLocaleString("en")} documents`)];
console.log(`| ${header.join(" | ")} |`);
console.log(`| ${header.map(() => "---").join(" | ")} |`);
for (const [name, cell] of rows) console.log(`| ${[name, ...results.map(cell)].join(" | ")} |`);
