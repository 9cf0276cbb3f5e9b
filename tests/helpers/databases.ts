import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { connect, type Db, type Dialect } from "../../db/connect.ts";
import { migrateToLatest } from "../../db/migrate.ts";

export const DIALECTS: Dialect[] = ["sqlite", "postgres"];

export interface TestDb extends Db {
  url: string;
  drop(): Promise<void>;
}

// A fresh, migrated database of the given dialect: a temp SQLite file, or a new PostgreSQL database.
export async function freshDatabase(dialect: Dialect): Promise<TestDb> {
  const name = `harbour_test_${randomBytes(6).toString("hex")}`;
  if (dialect === "sqlite") {
    const path = join(tmpdir(), `${name}.sqlite`);
    const url = `sqlite:${path}`;
    const conn = connect(url);
    await migrateToLatest(conn.db);
    return {
      ...conn,
      url,
      async drop() {
        await conn.db.destroy().catch(() => {});
        for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
      },
    };
  }
  const adminUrl = inject("pgUrl");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const conn = connect(url);
  await migrateToLatest(conn.db);
  return {
    ...conn,
    url,
    async drop() {
      await conn.db.destroy();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
