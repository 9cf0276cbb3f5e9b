import type { Kysely } from "kysely";

// Frozen in time: imports no application types.
const ts = "varchar(32)";
const id = "varchar(36)";

export async function up(db: Kysely<any>): Promise<void> {
  // The safeguarding lead handling a case, and where asking for contact details has got to.
  await db.schema.alterTable("cases").addColumn("handled_by", id, (c) => c.references("staff.id")).execute();
  await db.schema.alterTable("cases").addColumn("handled_since", ts).execute();
  await db.schema.alterTable("cases").addColumn("contact_state", "varchar(16)").execute();
  await db.schema.alterTable("messages").addColumn("asks_for_contact", "integer", (c) => c.notNull().defaultTo(0)).execute();

  // How to reach an author, shared by their choice: sealed (AES-256-GCM) before it reaches the
  // database, one row per case, deleted when the case closes or the author withdraws.
  await db.schema
    .createTable("case_contacts")
    .addColumn("case_id", id, (c) => c.primaryKey().references("cases.id"))
    .addColumn("identity_id", id, (c) => c.notNull().references("identities.id").onDelete("cascade"))
    .addColumn("sealed", "text", (c) => c.notNull())
    .addColumn("shared_at", ts, (c) => c.notNull())
    .execute();

  // Every change to the watched words is a new version holding the whole set, so any earlier
  // version can be restored exactly and nothing is ever silently deleted.
  await db.schema
    .createTable("watched_word_versions")
    .addColumn("version", "integer", (c) => c.primaryKey())
    .addColumn("words", "text", (c) => c.notNull())
    .addColumn("disabled_rules", "text", (c) => c.notNull())
    .addColumn("changed_by", "varchar(64)", (c) => c.notNull())
    .addColumn("changed_at", ts, (c) => c.notNull())
    .addColumn("change", "varchar(300)", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("watched_word_versions").execute();
  await db.schema.dropTable("case_contacts").execute();
  await db.schema.alterTable("messages").dropColumn("asks_for_contact").execute();
  for (const column of ["contact_state", "handled_since", "handled_by"]) await db.schema.alterTable("cases").dropColumn(column).execute();
}
