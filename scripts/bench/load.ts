/** A bounded load on one URL with autocannon (or wrk): throughput, latency and errors. */
import { execFile } from "node:child_process";
import fs from "node:fs";
import { promisify } from "node:util";
import autocannon from "autocannon";

const execFileAsync = promisify(execFile);

export type LoadResult = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors and timeouts, plus answers that were not 2xx. */
  errors: number;
  requests: number;
};

export async function load(
  url: string,
  {
    connections = 50,
    duration = 15,
    headers,
  }: { connections?: number; duration?: number; headers?: Record<string, string> } = {},
): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration, headers });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

/**
 * The same load with wrk (Debian's `wrk`, written in C), where it is installed: a client
 * cheap enough per answer that the server, not the client, is what runs out. autocannon is
 * itself a Node program; on this 2-core machine it takes a whole core at about 15,000 answers
 * a second and leaves the other partly idle (docs/performance.md), so against fast servers it
 * measures itself, and it pays more for an answer with longer headers. One thread, like it.
 */
export function wrkPath(): string | undefined {
  return ["/usr/bin/wrk", "/usr/local/bin/wrk"].find((candidate) => fs.existsSync(candidate));
}

export async function wrkLoad(
  url: string,
  {
    connections = 50,
    duration = 15,
    headers = {},
  }: { connections?: number; duration?: number; headers?: Record<string, string> } = {},
): Promise<LoadResult> {
  const args = ["-t1", `-c${connections}`, `-d${duration}s`, "--latency"];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`);
  const { stdout } = await execFileAsync(wrkPath()!, [...args, url], { encoding: "utf8" });
  return parseWrk(stdout);
}

/** wrk's report as a LoadResult; latencies in ms. */
export function parseWrk(report: string): LoadResult {
  const ms = (text: string) => {
    const [, value, unit] = /^([\d.]+)(us|ms|s|m)$/.exec(text)!;
    return Number(value) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit!]!;
  };
  const percentile = (name: string) =>
    ms(new RegExp(`^\\s*${name}%\\s+(\\S+)`, "m").exec(report)![1]!);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    report,
  );
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(report)?.[1] ?? 0);
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(report)![1]),
    p50: percentile("50"),
    p99: percentile("99"),
    errors:
      non2xx +
      (socketErrors
        ? socketErrors
            .slice(1)
            .map(Number)
            .reduce((a, b) => a + b)
        : 0),
    requests: Number(/(\d+) requests in/.exec(report)![1]),
  };
}
