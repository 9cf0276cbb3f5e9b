import { sql, type Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** Throws unless the database answers a trivial query. */
export async function databaseAnswers(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
