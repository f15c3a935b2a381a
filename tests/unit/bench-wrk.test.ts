/** The bench reads wrk's report (scripts/bench/load.ts): throughput, latency and every kind of error. */
import { describe, expect, it } from "vitest";
import { parseWrk } from "../../scripts/bench/load";

const REPORT = `Running 2s test @ http://127.0.0.1:4450/
  1 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.26ms  598.82us  13.97ms   92.87%
    Req/Sec    40.64k     5.79k   48.63k    85.00%
  Latency Distribution
     50%  812.00us
     75%    1.31ms
     90%    1.59ms
     99%    3.46ms
  80672 requests in 2.00s, 0.97GB read
Requests/sec:  40291.20
Transfer/sec:    494.83MB
`;

describe("parseWrk", () => {
  it("reads requests per second, p50 and p99 in ms, and the requests", () => {
    expect(parseWrk(REPORT)).toEqual({
      requestsPerSecond: 40291.2,
      p50: 0.812,
      p99: 3.46,
      errors: 0,
      requests: 80672,
    });
  });

  it("counts socket errors, timeouts and answers that were not successes", () => {
    const failing = REPORT.replace(
      "Requests/sec",
      "  Socket errors: connect 0, read 3, write 1, timeout 2\n  Non-2xx or 3xx responses: 5\nRequests/sec",
    ).replace("99%    3.46ms", "99%    1.20s");
    expect(parseWrk(failing)).toMatchObject({ errors: 11, p99: 1200 });
  });
});
