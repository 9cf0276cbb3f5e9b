import type { Kysely } from "kysely";

// Frozen in time: imports no application types.
// Web Push: each browser a staff member allowed to show Harbour's alerts, even when no staff tab is open.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("staff_push_subscriptions")
    .addColumn("endpoint", "varchar(1000)", (c) => c.primaryKey())
    .addColumn("staff_id", "varchar(36)", (c) => c.notNull().references("staff.id"))
    .addColumn("p256dh", "varchar(200)", (c) => c.notNull())
    .addColumn("auth", "varchar(100)", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("staff_push_subscriptions").execute();
}
