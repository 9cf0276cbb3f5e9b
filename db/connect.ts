import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from "kysely";
import pg from "pg";
import type { Database } from "./schema.ts";

// int8 (counts, sequence numbers) as JS numbers: ours stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export type Dialect = "sqlite" | "postgres";

export interface Db {
  db: Kysely<Database>;
  dialect: Dialect;
}

/** Distinct SQL texts kept prepared; the app has far fewer, so the cache is only ever cleared by a bug. */
const STATEMENT_CACHE_LIMIT = 1000;

/**
 * Kysely prepares every query afresh, and on SQLite preparing costs about as much as running a
 * simple query: keep each distinct SQL text's statement and reuse it (values stay parameters).
 * Safe because Kysely's SQLite driver runs one query at a time on its one connection.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let stmt = cache.get(text);
      if (stmt === undefined) {
        if (cache.size >= STATEMENT_CACHE_LIMIT) cache.clear();
        stmt = sqlite.prepare(text);
        cache.set(text, stmt);
      }
      return stmt;
    },
  };
}

export const DEFAULT_SQLITE_PATH = "./data/harbour.sqlite";

export function dialectOf(url: string | undefined): Dialect {
  return url && /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";
}

// `DATABASE_URL` unset or `sqlite:<path>` means SQLite; `postgres://…` means PostgreSQL.
export function connect(url: string | undefined): Db {
  if (dialectOf(url) === "postgres") {
    const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 3000 });
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
  // Deleted rows (an author's withdrawn contact details, expired posts) are overwritten on disk,
  // not left readable in free pages.
  sqlite.pragma("secure_delete = ON");
  // A read-only file or folder would otherwise surface only at the first post: fail at start instead.
  sqlite.exec("BEGIN IMMEDIATE; ROLLBACK");
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) }), dialect: "sqlite" };
}
