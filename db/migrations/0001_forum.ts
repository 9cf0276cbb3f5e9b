import type { Kysely } from "kysely";

// Frozen in time: imports no application types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("spaces")
    .addColumn("id", "varchar(32)", (c) => c.primaryKey())
    .addColumn("name", "varchar(80)", (c) => c.notNull())
    .addColumn("premoderate", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db
    .insertInto("spaces")
    .values([
      { id: "young-people", name: "Young people", premoderate: 0 },
      { id: "parents", name: "Parents and carers", premoderate: 0 },
    ])
    .execute();

  await db.schema
    .createTable("identities")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("pseudonym", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("space", "varchar(32)", (c) => c.notNull().references("spaces.id"))
    .addColumn("recovery_hash", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("token_hash", "varchar(64)", (c) => c.primaryKey())
    .addColumn("identity_id", "varchar(36)", (c) =>
      c.notNull().references("identities.id").onDelete("cascade"),
    )
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("expires_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_identity").on("sessions").column("identity_id").execute();

  await db.schema
    .createTable("threads")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("space", "varchar(32)", (c) => c.notNull().references("spaces.id"))
    .addColumn("title", "varchar(200)", (c) => c.notNull())
    .addColumn("author_id", "varchar(36)", (c) => c.references("identities.id").onDelete("set null"))
    .addColumn("opening_post_id", "varchar(36)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("last_activity_at", "varchar(32)", (c) => c.notNull())
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("threads_space_activity")
    .on("threads")
    .columns(["space", "last_activity_at", "id"])
    .execute();

  await db.schema
    .createTable("posts")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("thread_id", "varchar(36)", (c) =>
      c.notNull().references("threads.id").onDelete("cascade"),
    )
    .addColumn("author_id", "varchar(36)", (c) => c.references("identities.id").onDelete("set null"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("body_shown", "text", (c) => c.notNull())
    .addColumn("status", "varchar(32)", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("severity", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("categories", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("posts_thread").on("posts").columns(["thread_id", "created_at"]).execute();
  await db.schema.createIndex("posts_author").on("posts").columns(["author_id", "created_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["posts", "threads", "sessions", "identities", "spaces"]) {
    await db.schema.dropTable(t).execute();
  }
}
