import { sql, type Kysely } from "kysely";
import pg from "pg";
import type { Database } from "./schema.ts";

/**
 * PostgreSQL's LISTEN/NOTIFY, for messages every Harbour instance on the database must see.
 * Each process keeps one listening connection of its own (outside the pool, which would hand
 * it back and forget the LISTEN), and reconnects by itself when the server restarts.
 */
export interface Listener {
  close(): Promise<void>;
}

export async function notify(db: Kysely<Database>, channel: string, payload: string): Promise<void> {
  await sql`select pg_notify(${channel}, ${payload})`.execute(db);
}

const RETRY_MS = [250, 500, 1000, 2000, 5000];

export function listen(
  url: string,
  channel: string,
  handlers: { onMessage: (payload: string) => void; onConnected: (again: boolean) => void; onLost: (err: unknown) => void },
): Listener {
  let client: pg.Client | null = null;
  let closed = false;
  let attempt = 0;
  let connectedBefore = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const retry = (err: unknown) => {
    const lost = client;
    client = null;
    lost?.removeAllListeners();
    lost?.on("error", () => {});
    void lost?.end().catch(() => {});
    if (closed) return;
    handlers.onLost(err);
    timer = setTimeout(connect, RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]);
    attempt++;
  };

  const connect = () => {
    if (closed) return;
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000, keepAlive: true });
    client = c;
    c.on("error", retry);
    c.on("end", () => retry(new Error("listening connection ended")));
    c.on("notification", (n) => {
      if (n.channel === channel && n.payload !== undefined) handlers.onMessage(n.payload);
    });
    c.connect()
      .then(() => c.query(`LISTEN ${pg.escapeIdentifier(channel)}`))
      .then(() => {
        if (closed || client !== c) return;
        attempt = 0;
        handlers.onConnected(connectedBefore);
        connectedBefore = true;
      })
      .catch((err: unknown) => {
        if (client === c) retry(err);
      });
  };

  connect();
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      const c = client;
      client = null;
      c?.removeAllListeners();
      c?.on("error", () => {});
      await c?.end().catch(() => {});
    },
  };
}
