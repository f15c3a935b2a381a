/** A bounded load on one URL with autocannon: throughput, latency and errors. */
import autocannon from "autocannon";

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
