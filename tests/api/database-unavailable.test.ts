import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "../../server/database-unavailable.ts";

// Real errors from the real drivers: which ones mean "try again later" (503) and which are bugs (500).
function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error("expected an error");
}

describe("telling an unreachable database from a bug", () => {
  it("PostgreSQL that refuses connections is unavailable", async () => {
    const client = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:1/harbour", connectionTimeoutMillis: 2000 });
    const err = await client.connect().then(() => null, (e: unknown) => e);
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it("SQLite locked by another writer is unavailable; a broken constraint is not", () => {
    const path = join(tmpdir(), `harbour-busy-${process.pid}.sqlite`);
    const a = new SQLite(path);
    const b = new SQLite(path, { timeout: 0 });
    try {
      a.exec("create table t (x integer primary key)");
      a.exec("BEGIN IMMEDIATE");
      expect(isDatabaseUnavailable(errorOf(() => b.exec("insert into t values (1)")))).toBe(true);
      a.exec("COMMIT");
      a.exec("insert into t values (1)");
      expect(isDatabaseUnavailable(errorOf(() => a.exec("insert into t values (1)")))).toBe(false);
    } finally {
      a.close();
      b.close();
      for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(path + s, { force: true });
    }
  });

  it("ordinary programming errors are not", () => {
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("Connection terminated")).toBe(false);
  });
});
