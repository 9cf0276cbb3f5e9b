import type { Server } from "node:http";
import type { Http2SecureServer, Http2Server } from "node:http2";
import { log } from "./log.ts";

export interface Draining {
  /** Resolves once nothing is in flight any more, or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<{ leftInFlight: number }>;
  readonly inFlight: number;
}

/**
 * Counts requests in flight, and on `drain` stops taking new connections, answers what is
 * already in flight (each with `Connection: close`, so keep-alive clients go elsewhere) and
 * waits for it to finish, bounded, so a restart never cuts a request off half-done.
 */
export function trackRequests(anyServer: Server | Http2Server | Http2SecureServer): Draining {
  const server = anyServer as Server;
  let inFlight = 0;
  let draining = false;
  server.on("request", (_req, res) => {
    inFlight++;
    if (draining) res.setHeader("connection", "close");
    res.once("close", () => inFlight--);
  });
  return {
    get inFlight() {
      return inFlight;
    },
    async drain(timeoutMs) {
      draining = true;
      server.close();
      const until = Date.now() + timeoutMs;
      while (inFlight > 0 && Date.now() < until) {
        server.closeIdleConnections();
        await new Promise((r) => setTimeout(r, 50));
      }
      const leftInFlight = inFlight;
      if (leftInFlight > 0) log.warn({ leftInFlight }, "shutdown: requests still running at the deadline");
      server.closeAllConnections();
      return { leftInFlight };
    },
  };
}
