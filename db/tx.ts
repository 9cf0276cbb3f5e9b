import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

// Runs `fn` in the caller's transaction if there is one, else in a new one, so repository
// functions compose inside a route's transaction.
export function inTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
