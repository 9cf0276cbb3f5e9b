import type { Kysely } from "kysely";

// Frozen in time: imports no application types.
// Rate limits live in the database so they hold across every instance sharing it; the keys are
// HMACs of client addresses under a daily secret (stored here too), never the addresses.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("rate_limit_secrets")
    .addColumn("day", "varchar(10)", (c) => c.primaryKey())
    .addColumn("secret", "varchar(64)", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("rate_limit_counters")
    .addColumn("key", "varchar(64)", (c) => c.primaryKey())
    .addColumn("count", "integer", (c) => c.notNull())
    .addColumn("reset_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("rate_limit_counters_reset_at").on("rate_limit_counters").column("reset_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("rate_limit_counters").execute();
  await db.schema.dropTable("rate_limit_secrets").execute();
}
