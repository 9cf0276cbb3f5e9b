import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema.ts";

// int8 (counts, sequence numbers) as JS numbers: ours stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export type Dialect = "sqlite" | "postgres";

export interface Db {
  db: Kysely<Database>;
  dialect: Dialect;
}

export const DEFAULT_SQLITE_PATH = "./data/harbour.sqlite";

export function dialectOf(url: string | undefined): Dialect {
  return url && /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";
}

// `DATABASE_URL` unset or `sqlite:<path>` means SQLite; `postgres://…` means PostgreSQL.
export function connect(url: string | undefined): Db {
  if (dialectOf(url) === "postgres") {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle client whose server connection drops (restart, failover) emits an error; without a
    // listener that would crash the process. The pool discards that client and the next query
    // reports any lasting problem.
    pool.on("error", () => {});
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: "postgres" };
  }
  const path = url?.startsWith("sqlite:") ? url.slice("sqlite:".length) : DEFAULT_SQLITE_PATH;
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), dialect: "sqlite" };
}
