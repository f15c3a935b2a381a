/**
 * A bounded load over several addresses (autocannon: each connection asks them in turn),
 * counting every answer that was not a success: connection errors, timeouts, truncated or
 * unreadable responses, and any status outside 2xx.
 */
import autocannon from "autocannon";

export type MixResult = {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Everything that was not a 2xx answer. */
  failed: number;
  statusCodes: Record<string, number>;
};

export async function loadMix(
  origin: string,
  paths: string[],
  { connections = 50, duration = 20, timeout = 60 } = {},
): Promise<MixResult> {
  const result = await autocannon({
    url: origin,
    connections,
    duration,
    timeout,
    headers: { "accept-encoding": "gzip" },
    requests: paths.map((path) => ({ method: "GET", path })),
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = stats?.count ?? 0;
  }
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.errors + result.timeouts + result.non2xx,
    statusCodes,
  };
}
