import { PostgresAdapter, sql, type Kysely } from "kysely";

// Frozen in time: imports no application types.
const ts = "varchar(32)";
const id = "varchar(36)";

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("staff")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("username", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("role", "varchar(32)", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("totp_secret", "varchar(64)")
    .addColumn("totp_pending_secret", "varchar(64)")
    .addColumn("totp_last_step", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("must_change_password", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("failed_logins", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked_until", ts)
    .addColumn("created_at", ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("staff_sessions")
    .addColumn("token_hash", "varchar(64)", (c) => c.primaryKey())
    .addColumn("staff_id", id, (c) => c.notNull().references("staff.id").onDelete("cascade"))
    .addColumn("pending_enrolment", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", ts, (c) => c.notNull())
    .addColumn("last_seen_at", ts, (c) => c.notNull())
    .addColumn("expires_at", ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("queue_items")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("post_id", id, (c) => c.notNull().references("posts.id").onDelete("cascade"))
    .addColumn("kind", "varchar(16)", (c) => c.notNull())
    .addColumn("severity", "integer", (c) => c.notNull())
    .addColumn("categories", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("matches", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("claimed_by", id, (c) => c.references("staff.id"))
    .addColumn("claimed_at", ts)
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("decision", "varchar(32)")
    .addColumn("decided_by", id, (c) => c.references("staff.id"))
    .addColumn("decided_at", ts)
    .addColumn("created_at", ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("queue_pending")
    .on("queue_items")
    .columns(["status", "severity", "created_at"])
    .execute();
  await db.schema.createIndex("queue_post").on("queue_items").column("post_id").execute();

  await db.schema
    .createTable("reports")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("post_id", id, (c) => c.notNull().references("posts.id").onDelete("cascade"))
    .addColumn("reporter_id", id, (c) => c.references("identities.id").onDelete("set null"))
    .addColumn("reason", "varchar(500)", (c) => c.notNull())
    .addColumn("created_at", ts, (c) => c.notNull())
    .addUniqueConstraint("reports_once_per_person", ["post_id", "reporter_id"])
    .execute();

  await db.schema
    .createTable("cases")
    .addColumn("id", id, (c) => c.primaryKey())
    // Cases outlive posts and pseudonyms (kept 6 years, still pseudonymous).
    .addColumn("post_id", id, (c) => c.references("posts.id").onDelete("set null"))
    .addColumn("identity_id", id, (c) => c.references("identities.id").onDelete("set null"))
    .addColumn("space", "varchar(32)", (c) => c.notNull())
    .addColumn("severity", "integer", (c) => c.notNull())
    .addColumn("categories", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("threshold_level", "integer")
    .addColumn("ice_category", "varchar(64)")
    .addColumn("opened_at", ts, (c) => c.notNull())
    .addColumn("first_response_at", ts)
    .addColumn("closed_at", ts)
    .addColumn("outcome", "varchar(64)")
    .addColumn("outcome_note", "text")
    .execute();
  await db.schema.createIndex("cases_status").on("cases").columns(["status", "severity", "opened_at"]).execute();

  await db.schema
    .createTable("case_actions")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("case_id", id, (c) => c.notNull().references("cases.id"))
    .addColumn("type", "varchar(64)", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("staff_id", id, (c) => c.references("staff.id"))
    .addColumn("at", ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("case_actions_case").on("case_actions").columns(["case_id", "at"]).execute();

  await db.schema
    .createTable("messages")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("identity_id", id, (c) => c.notNull().references("identities.id").onDelete("cascade"))
    .addColumn("case_id", id, (c) => c.references("cases.id"))
    .addColumn("staff_id", id, (c) => c.references("staff.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", ts, (c) => c.notNull())
    .addColumn("read_at", ts)
    .execute();
  await db.schema.createIndex("messages_identity").on("messages").columns(["identity_id", "created_at"]).execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("seq", "bigint", (c) => c.primaryKey())
    .addColumn("id", id, (c) => c.notNull().unique())
    .addColumn("at", ts, (c) => c.notNull())
    .addColumn("actor", "varchar(80)", (c) => c.notNull())
    .addColumn("action", "varchar(64)", (c) => c.notNull())
    .addColumn("target", "varchar(120)")
    .addColumn("reason", "text")
    .addColumn("prev_hash", "varchar(64)", (c) => c.notNull())
    .addColumn("hash", "varchar(64)", (c) => c.notNull())
    .execute();

  // The audit log is append-only, enforced by the database itself, for everyone.
  if (isPostgres(db)) {
    await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  } else {
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["audit_log", "messages", "case_actions", "cases", "reports", "queue_items", "staff_sessions", "staff"]) {
    await db.schema.dropTable(t).execute();
  }
  if (isPostgres(db)) await sql`DROP FUNCTION IF EXISTS audit_log_append_only()`.execute(db);
}
