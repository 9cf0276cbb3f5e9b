import type { Kysely } from "kysely";

// Frozen in time: imports no application types.
const ts = "varchar(32)";
const id = "varchar(36)";

export async function up(db: Kysely<any>): Promise<void> {
  // What each staff member chose for themselves: where alert emails go, which severities and
  // categories alert them, in which local hours, and whether an open staff tab may notify them.
  await db.schema
    .createTable("staff_alert_settings")
    .addColumn("staff_id", id, (c) => c.primaryKey().references("staff.id"))
    .addColumn("email", "varchar(254)")
    .addColumn("severities", "varchar(32)", (c) => c.notNull())
    .addColumn("categories", "text")
    .addColumn("from_hour", "integer")
    .addColumn("to_hour", "integer")
    .addColumn("browser", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", ts, (c) => c.notNull())
    .execute();

  // The on-call rota, in ladder order: who, on which days, in which local hours.
  await db.schema
    .createTable("alert_rota")
    .addColumn("position", "integer", (c) => c.primaryKey())
    .addColumn("staff_id", id, (c) => c.notNull().references("staff.id"))
    .addColumn("days", "varchar(32)", (c) => c.notNull())
    .addColumn("start_hour", "integer", (c) => c.notNull())
    .addColumn("end_hour", "integer", (c) => c.notNull())
    .execute();

  // One alert per item that needs people, written in the same transaction as the item, so a
  // post is never stored without its alert, and the ladder's progress survives a restart.
  await db.schema
    .createTable("alerts")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("case_id", id, (c) => c.references("cases.id"))
    .addColumn("queue_item_id", id)
    .addColumn("severity", "integer", (c) => c.notNull())
    .addColumn("space", "varchar(32)", (c) => c.notNull())
    .addColumn("categories", "text", (c) => c.notNull())
    .addColumn("raised_at", ts, (c) => c.notNull())
    .addColumn("next_step", "integer", (c) => c.notNull())
    .addColumn("next_step_at", ts)
    .addColumn("stopped_at", ts)
    .addColumn("stopped_note", "text")
    .execute();
  await db.schema.createIndex("alerts_active").on("alerts").columns(["stopped_at", "next_step_at"]).execute();

  // The outbox: one row per person and channel, claimed by one instance at a time, retried.
  await db.schema
    .createTable("alert_deliveries")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("alert_id", id, (c) => c.notNull().references("alerts.id"))
    .addColumn("staff_id", id, (c) => c.notNull().references("staff.id"))
    .addColumn("channel", "varchar(16)", (c) => c.notNull())
    .addColumn("address", "varchar(254)")
    .addColumn("step", "integer", (c) => c.notNull())
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", ts, (c) => c.notNull())
    .addColumn("lease_until", ts)
    .addColumn("last_error", "text")
    .addColumn("created_at", ts, (c) => c.notNull())
    .addColumn("sent_at", ts)
    .addUniqueConstraint("alert_deliveries_once", ["alert_id", "staff_id", "channel"])
    .execute();
  await db.schema.createIndex("alert_deliveries_due").on("alert_deliveries").columns(["status", "next_attempt_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["alert_deliveries", "alerts", "alert_rota", "staff_alert_settings"]) await db.schema.dropTable(t).execute();
}
