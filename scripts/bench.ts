/**
 * `npm run bench -- [--docs 10000] [--json results.json] [--keep]` — never part of `npm test`.
 *
 * Generates a corpus of N documents, builds a copy of the site with it (the working tree's
 * own build is left alone), serves it with `next start`, and prints one table: content
 * check, build time and peak memory, prerendered pages, an article's weight, throughput and
 * latency under load next to the static-file ceiling of this machine, server memory,
 * search in every language, what the languages cost the build (`--language-docs`, default
 * 1,000: scripts/bench/languages.ts), what photos cost the build and a phone (`--photo-docs`,
 * default 1,000, with `--photos` 300 of them: scripts/bench/photos.ts; 0 skips it), and a
 * Lighthouse run. docs/performance.md records the figures.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { copySite, serve } from "./site-copy";
import { benchCluster, missSweep, soak, type SoakResult, type SweepResult } from "./bench/cluster";
import { nginxPath, redisServerPath } from "./cluster/nginx";
import { runLighthouse, type LighthouseResult } from "./bench/lighthouse";
import { load, wrkLoad, wrkPath, type LoadResult } from "./bench/load";
import { pageWeight } from "./bench/page-weight";
import { languageBuilds, languageBuildsRow } from "./bench/languages";
import { photoBuilds, photoRows, type PhotoBuilds } from "./bench/photos";
import { treeRss } from "./bench/process-tree";
import { measured, publicArticleSlugs } from "./bench/build";

const { values } = parseArgs({
  options: {
    docs: { type: "string", default: "10000" },
    json: { type: "string" },
    keep: { type: "boolean", default: false },
    duration: { type: "string", default: "15" },
    connections: { type: "string", default: "50" },
    "soak-minutes": { type: "string", default: "5" },
    "language-docs": { type: "string", default: "1000" },
    "photo-docs": { type: "string", default: "1000" },
    photos: { type: "string", default: "300" },
  },
});
const DOCS = Number(values.docs);
const LOAD = { duration: Number(values.duration), connections: Number(values.connections) };
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const STATIC_PORT = PORT + 1;
/** The cluster: nginx on this port, instances on the next ones, Redis on +9. */
const CLUSTER_PORT = Number(process.env.BENCH_CLUSTER_PORT ?? 3250);
const SOAK_MINUTES = Number(values["soak-minutes"]);
/** What an instance may hold during the soak: its heap limit (1024 MB) plus code and buffers. */
const INSTANCE_MEMORY_BOUND = 1_400 * 1024 * 1024;
const GZIP = { "accept-encoding": "gzip" };

/** A server's load and the static-file ceiling's, measured one right after the other. */
type LoadPair = { ceiling: LoadResult; server: LoadResult; ratio: number };
/** The pair with the median ratio of three. */
const medianPair = (pairs: LoadPair[]) => [...pairs].sort((a, b) => a.ratio - b.ratio)[1]!;
const pairList = (pairs: LoadPair[]) =>
  pairs
    .map(
      (pair) =>
        `${pair.server.requestsPerSecond.toFixed(0)} / ${pair.ceiling.requestsPerSecond.toFixed(0)} = ${pair.ratio.toFixed(2)}`,
    )
    .join("; ");
/** The median pair's ratio, every pair, and the median pair's p99 against the ceiling's. */
const pairSummary = (pairs: LoadPair[]) => {
  const median = medianPair(pairs);
  return `**${median.ratio.toFixed(2)}** (pairs: ${pairList(pairs)}); p99 ${median.server.p99} ms against the ceiling's ${median.ceiling.p99} ms`;
};

/**
 * This machine's speed drifts by a fifth within minutes (a shared virtual machine): a server
 * and the ceiling are measured in pairs, one right after the other, three times.
 */
async function measurePairs(
  label: string,
  ceiling: () => Promise<LoadResult>,
  server: () => Promise<LoadResult>,
): Promise<LoadPair[]> {
  const pairs: LoadPair[] = [];
  for (let round = 1; round <= 3; round++) {
    log(`${label} (${round} of 3)`);
    const ceilingRun = await ceiling();
    const serverRun = await server();
    pairs.push({
      ceiling: ceilingRun,
      server: serverRun,
      ratio: serverRun.requestsPerSecond / ceilingRun.requestsPerSecond,
    });
  }
  return pairs;
}

const log = (message: string) => console.error(`[bench] ${message}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The pid of the process listening on a port of this machine. */
function listeningPid(port: number): number {
  const line = execFileSync("ss", ["-Hltnp", `sport = :${port}`], { encoding: "utf8" });
  const match = /pid=(\d+)/.exec(line);
  if (!match) throw new Error(`nothing listens on port ${port}`);
  return Number(match[1]);
}

async function timeRequest(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

function directorySize(dir: string): number {
  return Number(execFileSync("du", ["-sb", dir], { encoding: "utf8" }).split("\t")[0]);
}

const site = copySite();
const env = { CONTENT_DIR: site.contentDir, NEXT_TELEMETRY_DISABLED: "1" };
const bin = (name: string) => path.join(site.dir, "node_modules/.bin", name);
let server: Awaited<ReturnType<typeof serve>> | undefined;
try {
  log(`generating ${DOCS} documents`);
  execFileSync(
    bin("tsx"),
    ["scripts/generate-corpus.ts", "--docs", String(DOCS), "--out", site.contentDir],
    { cwd: site.dir, stdio: "ignore" },
  );
  const files = Number(
    execFileSync("find", [site.contentDir, "-name", "*.md"], { encoding: "utf8" })
      .trim()
      .split("\n").length,
  );

  log("content check");
  const check = await measured(bin("tsx"), ["scripts/content-check.ts"], site.dir, env);
  log("contentlayer and search index");
  const contentBuild = await measured("npm", ["run", "--silent", "content:build"], site.dir, env);
  const indexBuild = /Search index written: \d+ documents in ([\d.]+) s/.exec(contentBuild.output);
  log("next build");
  const nextBuild = await measured(bin("next"), ["build"], site.dir, env);

  const manifest = JSON.parse(
    fs.readFileSync(path.join(site.dir, ".next/prerender-manifest.json"), "utf8"),
  ) as { routes: Record<string, unknown> };
  const routes = Object.keys(manifest.routes);
  const htmlPages = routes.filter((route) => !/opengraph-image|\.(xml|json|txt|svg)$/.test(route));
  // Articles the build did not prerender, in both languages: pages no cache holds at first.
  const today = new Date().toISOString().slice(0, 10);
  const longTailPages = publicArticleSlugs(site.contentDir, today)
    .filter((slug) => !manifest.routes[`/en/news/${slug}`])
    .flatMap((slug) => [`/news/${slug}`, `/ru/news/${slug}`]);

  log("serving");
  server = await serve(site.dir, PORT);
  const serverPid = listeningPid(PORT);
  const rssAtStart = treeRss(serverPid);
  const origin = server.url;
  // The newest article (prerendered), and one from the far end of the archive.
  const list = await (await fetch(`${origin}/news`)).text();
  const articlePath = /href="(\/news\/item-\d+)"/.exec(list)?.[1];
  if (!articlePath) throw new Error("no article on /news");
  const oldest = /\/news\/year\/(\d{4})"/g;
  const years = [...list.matchAll(oldest)].map((match) => Number(match[1]));
  const yearPage = await (await fetch(`${origin}/news/year/${Math.min(...years)}`)).text();
  const archivePath = [...yearPage.matchAll(/href="(\/news\/item-\d+)"/g)].at(-1)?.[1];
  const firstRender = archivePath ? await timeRequest(origin + archivePath) : Number.NaN;
  const secondRender = archivePath ? await timeRequest(origin + archivePath) : Number.NaN;
  const weight = await pageWeight(origin, articlePath);
  const htmlSize = async (target: string) => {
    const text = await (await fetch(origin + target)).text();
    return { raw: Buffer.byteLength(text), gzip: gzipSync(text).length };
  };
  const homeHtml = await htmlSize("/");
  const listHtml = await htmlSize("/news");
  const headers = (await fetch(origin + articlePath, { headers: { "accept-encoding": "gzip" } }))
    .headers;

  // The ceiling: the same article's bytes from the smallest Node server, measured before and
  // after Next's runs (this machine is shared; the higher figure is the one compared with).
  const htmlFile = path.join(os.tmpdir(), `bench-article-${process.pid}.html`);
  const articleHtml = await (await fetch(origin + articlePath)).text();
  fs.writeFileSync(htmlFile, articleHtml);
  fs.writeFileSync(`${htmlFile}.gz`, gzipSync(articleHtml));
  const measureCeiling = async (gzip = false, measure = load) => {
    const ceilingServer = spawn(
      "node",
      [
        "scripts/bench/static-server.mjs",
        gzip ? `${htmlFile}.gz` : htmlFile,
        String(STATIC_PORT),
        ...(gzip ? ["gzip"] : []),
      ],
      { cwd: site.dir },
    );
    await new Promise((resolve) => ceilingServer.stdout.once("data", resolve));
    try {
      return await measure(`http://127.0.0.1:${STATIC_PORT}/`, {
        ...LOAD,
        ...(gzip ? { headers: GZIP } : {}),
      });
    } finally {
      ceilingServer.kill();
    }
  };
  log("static-file ceiling");
  const ceilingBefore = await measureCeiling();

  const targets = { article: articlePath, "news list": "/news", home: "/" };
  for (const target of Object.values(targets)) {
    for (let warm = 0; warm < 50; warm++) await timeRequest(origin + target);
  }
  const loads: Record<string, LoadResult> = {};
  for (const [name, target] of Object.entries(targets)) {
    log(`load on ${name} (${target})`);
    loads[name] = await load(origin + target, LOAD);
  }
  // The origin alone against the same bytes from the ceiling: as readers without compression
  // ask (the issue's figures), and with gzip (Next compresses each answer, the ceiling sends
  // stored compressed bytes).
  const originPairs = await measurePairs(
    "static-file ceiling, then the article from `next start` alone",
    () => measureCeiling(),
    () => load(origin + articlePath, LOAD),
  );
  const originGzipPairs = await measurePairs(
    "the same pair with gzip",
    () => measureCeiling(true),
    () => load(origin + articlePath, { ...LOAD, headers: GZIP }),
  );
  const rssAfter = treeRss(serverPid);
  // The same load three times more: a server whose memory keeps growing run after run leaks.
  const rssRepeats: number[] = [];
  let again: LoadResult | undefined;
  for (let run = 1; run <= 3; run++) {
    log(`load on the article again (${run} of 3)`);
    again = await load(origin + articlePath, LOAD);
    rssRepeats.push(treeRss(serverPid));
  }
  const rssAgain = rssRepeats.at(-1)!;

  // The production topology (docs/deployment.md): nginx in front of instances sharing Redis.
  let clusterArticle: LoadResult | undefined;
  let ceilingGzip: LoadResult | undefined;
  let clusterPairs: LoadPair[] = [];
  let wrkPairs: LoadPair[] = [];
  let sweeps: SweepResult[] = [];
  let soaked: SoakResult | undefined;
  if (nginxPath() && redisServerPath()) {
    let cluster = await benchCluster(site.dir, CLUSTER_PORT, 2);
    try {
      for (let warm = 0; warm < 50; warm++) await timeRequest(cluster.url + articlePath);
      clusterPairs = await measurePairs(
        "static-file ceiling (compressed bytes), then the article through the cluster",
        () => measureCeiling(true),
        () => load(cluster.url + articlePath, { ...LOAD, headers: GZIP }),
      );
      const median = medianPair(clusterPairs);
      clusterArticle = median.server;
      ceilingGzip = median.ceiling;
      // The same pairs with a client that is not itself the limit (scripts/bench/load.ts).
      if (wrkPath()) {
        wrkPairs = await measurePairs(
          "the same pair with wrk",
          () => measureCeiling(true, wrkLoad),
          () => wrkLoad(cluster.url + articlePath, { ...LOAD, headers: GZIP }),
        );
      }
      if (SOAK_MINUTES > 0) {
        log(`soak: ${SOAK_MINUTES} minutes at 50 connections through the cluster`);
        const words = ["violence", "shelter", "youth", "women", "law", "campaign"];
        soaked = await soak(
          cluster,
          [
            articlePath,
            "/news",
            "/",
            "/ru/news",
            ...longTailPages.slice(0, 200),
            ...words.map((word) => `/search?q=${word}`),
          ],
          SOAK_MINUTES,
        );
      }
    } finally {
      await cluster.stop();
    }
    const sweepPages = longTailPages.slice(200);
    for (const instances of [1, 2]) {
      log(`cache misses only (long-tail sweep), ${instances} instance(s)`);
      cluster = await benchCluster(site.dir, CLUSTER_PORT, instances);
      try {
        sweeps.push(await missSweep(cluster, sweepPages, LOAD));
      } finally {
        await cluster.stop();
      }
    }
  } else {
    sweeps = [];
  }

  log("static-file ceiling, again");
  const ceilingAfter = await measureCeiling();
  fs.rmSync(htmlFile);
  fs.rmSync(`${htmlFile}.gz`);
  const ceiling =
    ceilingAfter.requestsPerSecond > ceilingBefore.requestsPerSecond ? ceilingAfter : ceilingBefore;

  log("search");
  const searchFigures = JSON.parse(
    execFileSync("node", ["--expose-gc", "--import", "tsx", "scripts/bench/search.ts", site.dir], {
      cwd: site.dir,
      encoding: "utf8",
    }),
  ) as {
    documents: number;
    loadMs: number;
    memoryMb: number;
    searches: number;
    p50: number;
    p95: number;
    p99: number;
    cpuP50: number;
    cpuP95: number;
    cpuP99: number;
    slowest: [string, number][];
  };

  // The languages' cost at build time, on a corpus of its own (scripts/bench/languages.ts).
  // (`--language-docs 0` skips them.)
  const languageDocs = Number(values["language-docs"]);
  const languages = languageDocs > 0 ? await languageBuilds(languageDocs, log) : undefined;

  // Photos: their first build, a phone's download and layout shift (scripts/bench/photos.ts).
  const photoDocs = Number(values["photo-docs"]);
  let photos: PhotoBuilds | undefined;
  if (photoDocs > 0) {
    photos = await photoBuilds(photoDocs, Number(values.photos), STATIC_PORT, log);
  }

  log("lighthouse");
  let lighthouse: LighthouseResult | string;
  let applied: LighthouseResult | string;
  try {
    lighthouse = await runLighthouse(origin + articlePath);
    applied = await runLighthouse(origin + articlePath, "devtools");
  } catch (error) {
    lighthouse = applied = `failed: ${(error as Error).message}`;
  }

  const row = (name: string, value: string) => `| ${name} | ${value} |`;
  const loadRow = (name: string, result: LoadResult) =>
    row(
      `${name} under load (${LOAD.connections} connections, ${LOAD.duration} s)`,
      `${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.errors} errors`,
    );
  const lines = [
    `| ${DOCS.toLocaleString("en")} documents (${files.toLocaleString("en")} files with translations and topics) | |`,
    "| --- | --- |",
    row("content check", seconds(check.ms)),
    row(
      "Contentlayer + search index (`npm run content:build`)",
      `${seconds(contentBuild.ms)} (index ${indexBuild?.[1] ?? "?"} s), peak ${mb(contentBuild.peakBytes)}`,
    ),
    row("`next build`", `${seconds(nextBuild.ms)}, peak ${mb(nextBuild.peakBytes)}`),
    row("whole build (check + content + next)", seconds(check.ms + contentBuild.ms + nextBuild.ms)),
    row(
      "prerendered",
      `${htmlPages.length} HTML pages (${routes.length} routes with images and feeds); .next ${mb(directorySize(path.join(site.dir, ".next")))}`,
    ),
    row(
      "archive article rendered on first request",
      `${firstRender.toFixed(0)} ms, then ${secondRender.toFixed(1)} ms from cache`,
    ),
    row(
      "article HTML",
      `${kb(weight.html.gzip)} gzip (${kb(weight.html.raw)} raw); served with ${headers.get("content-encoding") ?? "no compression"}`,
    ),
    row(
      "article JavaScript, all",
      `${kb(weight.js.gzip)} gzip (${kb(weight.js.raw)} raw), ${weight.js.files} files`,
    ),
    row(
      "— framework (React, Next)",
      `${kb(weight.frameworkJs.gzip)} gzip (${kb(weight.frameworkJs.raw)} raw)`,
    ),
    row(
      `— the site's own islands (${[...new Set(weight.ownJs.islands)].join(", ")})`,
      `${kb(weight.ownJs.gzip)} gzip (${kb(weight.ownJs.raw)} raw)`,
    ),
    row(
      "home and news list HTML",
      `${kb(homeHtml.gzip)} and ${kb(listHtml.gzip)} gzip (${kb(homeHtml.raw)} and ${kb(listHtml.raw)} raw)`,
    ),
    row(
      "article caching",
      `${headers.get("cache-control") ?? "none"}; ETag ${headers.get("etag") ? "yes" : "no"}`,
    ),
    ...Object.entries(loads).map(([name, result]) => loadRow(name, result)),
    loadRow("article again (the third time)", again!),
    loadRow("static-file ceiling (same article bytes), higher of two runs", ceiling),
    row(
      "static-file ceiling, both runs",
      `${ceilingBefore.requestsPerSecond.toFixed(0)} and ${ceilingAfter.requestsPerSecond.toFixed(0)} req/s`,
    ),
    row(
      "article throughput / ceiling",
      (loads.article!.requestsPerSecond / ceiling.requestsPerSecond).toFixed(2),
    ),
    row(
      "**article, `next start` alone / ceiling**, median of three pairs",
      pairSummary(originPairs),
    ),
    row(
      "the same with gzip (the ceiling sends the compressed bytes)",
      pairSummary(originGzipPairs),
    ),
    ...(clusterArticle && ceilingGzip
      ? [
          loadRow("article through the cluster (nginx, 2 instances, Redis; gzip)", clusterArticle),
          loadRow("static-file ceiling, the same compressed bytes, just before", ceilingGzip),
          row(
            "**article through the cluster / ceiling (gzip)**, median of three pairs",
            pairSummary(clusterPairs),
          ),
          ...(wrkPairs.length
            ? [
                row(
                  "**the same with wrk** (a client that is not the limit), median of three pairs",
                  pairSummary(wrkPairs),
                ),
              ]
            : []),
          ...sweeps.map((sweep) =>
            row(
              `cache misses only (long-tail sweep), ${sweep.instances} instance${sweep.instances > 1 ? "s" : ""}`,
              `${sweep.requestsPerSecond.toFixed(0)} req/s, p50 ${sweep.p50} / p99 ${sweep.p99} ms, ${sweep.failed} failed, ${sweep.pages} pages; Redis then ${mb(sweep.redis.usedBytes)} for ${sweep.redis.keys} keys`,
            ),
          ),
          ...(soaked
            ? [
                row(
                  `soak: ${soaked.minutes} min at 50 connections through the cluster`,
                  `${soaked.load.requestsPerSecond.toFixed(0)} req/s, p99 ${soaked.load.p99} ms, ${soaked.load.failed} failed; peak RSS per instance ${soaked.peakRss.map(mb).join(" and ")} (bound ${mb(INSTANCE_MEMORY_BOUND)}: ${soaked.peakRss.every((rss) => rss <= INSTANCE_MEMORY_BOUND) ? "within" : "EXCEEDED"})`,
                ),
              ]
            : []),
        ]
      : [row("the cluster", "skipped: nginx or redis-server is not installed")]),
    row(
      "server memory (RSS)",
      `${mb(rssAtStart)} at start, ${mb(rssAfter)} after the loads, ${rssRepeats.map(mb).join(", ")} after each repeated load on the article`,
    ),
    row(
      "search",
      `index of ${searchFigures.documents} items loaded in ${seconds(searchFigures.loadMs)}, ${searchFigures.memoryMb.toFixed(0)} MB; p50 ${searchFigures.p50.toFixed(1)} ms, p95 ${searchFigures.p95.toFixed(1)} ms, p99 ${searchFigures.p99.toFixed(1)} ms; processor time p50 ${searchFigures.cpuP50.toFixed(1)} ms, p95 ${searchFigures.cpuP95.toFixed(1)} ms, p99 ${searchFigures.cpuP99.toFixed(1)} ms (${searchFigures.searches} searches, every language)`,
    ),
    ...(languages ? [languageBuildsRow(languages)] : []),
    ...(photos ? photoRows(photos).map(([name, value]) => row(name, value)) : []),
    typeof lighthouse === "string"
      ? row("Lighthouse (mobile)", lighthouse)
      : row(
          "Lighthouse on the article (mobile)",
          `performance ${lighthouse.scores.performance}, accessibility ${lighthouse.scores.accessibility}, best practices ${lighthouse.scores["best-practices"]}, SEO ${lighthouse.scores.seo}; LCP ${seconds(lighthouse.lcp)}, FCP ${seconds(lighthouse.fcp)}, TBT ${lighthouse.tbt.toFixed(0)} ms, CLS ${lighthouse.cls.toFixed(3)}`,
        ),
    typeof applied === "string"
      ? row("Lighthouse, throttling applied (mobile)", applied)
      : row(
          "Lighthouse, the same throttling applied to a real load",
          `performance ${applied.scores.performance}; LCP ${seconds(applied.lcp)}, FCP ${seconds(applied.fcp)}, TBT ${applied.tbt.toFixed(0)} ms, CLS ${applied.cls.toFixed(3)}`,
        ),
  ];
  console.log(lines.join("\n"));
  if (typeof lighthouse !== "string" && lighthouse.failing.length > 0) {
    console.log(`\nLighthouse audits not passed in full: ${lighthouse.failing.join(", ")}`);
  }
  console.log(
    `\nSlowest searches: ${searchFigures.slowest.map(([query, ms]) => `"${query}" ${ms.toFixed(1)} ms`).join(", ")}`,
  );
  if (values.json) {
    fs.writeFileSync(
      values.json,
      JSON.stringify(
        {
          docs: DOCS,
          files,
          machine: { cpus: os.cpus().length, memory: os.totalmem(), node: process.version },
          check: check.ms,
          contentBuild: { ms: contentBuild.ms, peakBytes: contentBuild.peakBytes },
          nextBuild: { ms: nextBuild.ms, peakBytes: nextBuild.peakBytes },
          prerendered: { html: htmlPages.length, routes: routes.length },
          firstRender,
          weight,
          loads: { ...loads, "article again": again },
          ceiling: { before: ceilingBefore, after: ceilingAfter },
          origin: { pairs: originPairs, gzipPairs: originGzipPairs },
          cluster: clusterArticle && {
            article: clusterArticle,
            ceilingGzip,
            pairs: clusterPairs,
            wrkPairs,
            sweeps,
            soak: soaked && { ...soaked, bound: INSTANCE_MEMORY_BOUND },
          },
          rss: { start: rssAtStart, after: rssAfter, again: rssAgain, repeats: rssRepeats },
          search: searchFigures,
          languages,
          photos,
          lighthouse,
          lighthouseApplied: applied,
        },
        null,
        2,
      ),
    );
  }
} finally {
  await server?.stop();
  if (values.keep) log(`kept ${site.dir}`);
  else site.remove();
}
