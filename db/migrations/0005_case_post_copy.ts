import type { Kysely } from "kysely";

// Frozen in time: imports no application types.
// When an author deletes their posts, a safeguarding case keeps a copy with personal details hidden.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("cases").addColumn("post_copy", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("cases").dropColumn("post_copy").execute();
}
