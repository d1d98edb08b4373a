// A bounded load test: autocannon on loopback, a fixed number of connections for a fixed time on
// one signed-in page. Used by scripts/bench.ts.
import autocannon from "autocannon";

export type Load = {
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
};

export async function loadTest(
  base: string,
  cookie: string,
  path: string,
  connections = 20,
  seconds = 20,
): Promise<Load> {
  const result = await autocannon({ url: base + path, connections, duration: seconds, headers: { cookie } });
  return {
    path,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
