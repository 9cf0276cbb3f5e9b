// The load generator for bench/server.ts. It runs in its own process (forked by the bench) so
// that autocannon does not share an event loop with the servers it measures. It receives one
// LoadJob at a time over IPC, runs a warm-up and then the measured run, and replies with a
// LoadReply. Load only ever goes to 127.0.0.1.
import autocannon, { type RequestData, type Result } from "autocannon";
import { nextPost } from "./posts.ts";

export interface LoadJob {
  /** http://127.0.0.1:<port><path>, one per instance: connections are shared out between them. */
  urls: string[];
  method: "GET" | "POST";
  cookies: string[]; // sent round-robin, one per request; empty for none
  postBodies: boolean; // a fresh, slightly different forum post as the JSON body of each request
  connections: number;
  warmupSec: number;
  durationSec: number;
}

export interface LoadSummary {
  durationSec: number;
  total: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

export type LoadReply = { ok: true; warmup: LoadSummary; measured: LoadSummary } | { ok: false; error: string };

// autocannon's own latency histogram keeps whole milliseconds, which reads as "0" for the
// floor, so latencies are also collected here from each response, to the microsecond.
class Latencies {
  private values = new Float64Array(1 << 16);
  private n = 0;
  add(ms: number): void {
    if (this.n === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.n++] = ms;
  }
  percentile(p: number): number {
    if (this.n === 0) return NaN;
    const sorted = this.values.subarray(0, this.n).sort();
    return sorted[Math.min(this.n - 1, Math.ceil((p / 100) * this.n) - 1)] as number;
  }
}

function cannon(job: LoadJob, url: string, connections: number, durationSec: number, latencies: Latencies): Promise<Result> {
  const target = new URL(url);
  if (target.hostname !== "127.0.0.1") throw new Error(`refusing to send load to ${target.hostname}: only 127.0.0.1`);
  let cookieTurn = 0;
  const setupRequest = (req: RequestData): RequestData => {
    if (job.cookies.length > 0) req.headers.cookie = job.cookies[cookieTurn++ % job.cookies.length] as string;
    if (job.postBodies) {
      req.headers["content-type"] = "application/json";
      req.body = JSON.stringify(nextPost());
    }
    return req;
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.origin,
        connections,
        duration: durationSec,
        timeout: 10,
        requests: [{ method: job.method, path: target.pathname + target.search, setupRequest }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on("response", (_client, _status, _bytes, ms) => latencies.add(ms));
  });
}

/** One run against every target at once (connections shared out), summed as one. */
async function run(job: LoadJob, durationSec: number): Promise<{ results: Result[]; latencies: Latencies }> {
  const latencies = new Latencies();
  const share = Math.max(1, Math.floor(job.connections / job.urls.length));
  const results = await Promise.all(job.urls.map((url) => cannon(job, url, share, durationSec, latencies)));
  return { results, latencies };
}

function summarise({ results, latencies }: { results: Result[]; latencies: Latencies }): LoadSummary {
  const statusCodes: Record<string, number> = {};
  for (const r of results) for (const [code, st] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = (statusCodes[code] ?? 0) + st.count;
  const sum = (f: (r: Result) => number) => results.reduce((n, r) => n + f(r), 0);
  const duration = Math.max(...results.map((r) => r.duration));
  return {
    durationSec: duration,
    total: sum((r) => r.requests.total),
    reqPerSec: sum((r) => r.requests.total) / duration,
    p50: latencies.percentile(50),
    p99: latencies.percentile(99),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    statusCodes,
  };
}

async function handle(job: LoadJob): Promise<LoadReply> {
  try {
    const warmup = summarise(await run(job, job.warmupSec));
    const measured = summarise(await run(job, job.durationSec));
    return { ok: true, warmup, measured };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

if (process.send) {
  process.on("message", (job: LoadJob) => {
    void handle(job).then((reply) => process.send?.(reply));
  });
  process.on("disconnect", () => process.exit(0));
}
