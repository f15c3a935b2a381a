/**
 * The bench's figures for the production topology (scripts/cluster/cluster.ts, deploy/):
 * - the article through the cluster, next to the static ceiling for the same compressed
 *   bytes, in the same run;
 * - cache misses only (a sweep of long-tail pages no cache holds yet) with 1 and with 2
 *   instances, to show what an instance adds;
 * - each instance's memory through a soak at 50 connections on a mix of what readers ask.
 */
import { execFileSync } from "node:child_process";
import autocannon from "autocannon";
import { startCluster, type Cluster } from "../cluster/cluster";
import { loadMix, type MixResult } from "../cluster/load";
import { treeRss } from "./process-tree";

export type SweepResult = {
  instances: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failed: number;
  pages: number;
  /** Redis after the sweep: bytes used and keys held (the pages the sweep rendered). */
  redis: { usedBytes: number; keys: number };
};
export type SoakResult = {
  minutes: number;
  load: MixResult;
  peakRss: number[];
  samples: number[][];
};

/** Starts a cluster of the built copy; ports from BENCH_CLUSTER_PORT (tier), +1… instances, +8, +9. */
export function benchCluster(root: string, port: number, instances: number): Promise<Cluster> {
  return startCluster({ root, port, instances });
}

/** Each request a long-tail page nobody has asked for yet: misses at the tier and in every cache. */
export async function missSweep(
  cluster: Cluster,
  pages: string[],
  { connections = 50, duration = 15 } = {},
): Promise<SweepResult> {
  let next = 0;
  const result = await autocannon({
    url: cluster.url,
    connections,
    duration,
    timeout: 60,
    headers: { "accept-encoding": "gzip" },
    requests: [
      {
        method: "GET",
        setupRequest: (request) => ({ ...request, path: pages[next++ % pages.length]! }),
      },
    ],
  });
  const redis = (...args: string[]) =>
    execFileSync("redis-cli", ["-p", String(cluster.redisPort), ...args], { encoding: "utf8" });
  return {
    redis: {
      usedBytes: Number(/used_memory:(\d+)/.exec(redis("info", "memory"))?.[1]),
      keys: Number(redis("dbsize").trim()),
    },
    instances: cluster.instanceCount,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.errors + result.timeouts + result.non2xx,
    pages: Math.min(next, pages.length),
  };
}

/** A soak on `paths` for `minutes`, sampling each instance's resident memory every 10 s. */
export async function soak(
  cluster: Cluster,
  paths: string[],
  minutes: number,
): Promise<SoakResult> {
  const samples: number[][] = Array.from({ length: cluster.instanceCount }, () => []);
  const sample = () => {
    for (let index = 0; index < cluster.instanceCount; index++) {
      const pid = cluster.instancePid(index);
      if (pid) samples[index]!.push(treeRss(pid));
    }
  };
  sample();
  const timer = setInterval(sample, 10_000);
  try {
    const load = await loadMix(cluster.url, paths, { connections: 50, duration: minutes * 60 });
    sample();
    return { minutes, load, peakRss: samples.map((list) => Math.max(...list)), samples };
  } finally {
    clearInterval(timer);
  }
}
