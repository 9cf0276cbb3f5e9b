import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

// What partnership figures are counted from: dates, spaces, severities and labels only, never
// text, pseudonyms or ids. Demo content is not counted.

export const postFacts = (db: Kysely<Database>, from: string, to: string) =>
  db
    .selectFrom("posts as p")
    .innerJoin("threads as t", "t.id", "p.thread_id")
    .select(["p.created_at as at", "t.space", "p.severity", "p.categories", "p.status"])
    .where("p.created_at", ">=", from)
    .where("p.created_at", "<", to)
    .where("p.is_demo", "=", 0)
    .execute();

export const caseFacts = (db: Kysely<Database>, from: string, to: string) =>
  db
    .selectFrom("cases")
    .select(["opened_at", "closed_at", "first_response_at", "space", "severity", "categories", "outcome", "threshold_level", "ice_category"])
    .where((eb) => eb.or([eb.and([eb("opened_at", ">=", from), eb("opened_at", "<", to)]), eb.and([eb("closed_at", ">=", from), eb("closed_at", "<", to)])]))
    .execute();

export const reportFacts = (db: Kysely<Database>, from: string, to: string) =>
  db
    .selectFrom("reports as r")
    .innerJoin("posts as p", "p.id", "r.post_id")
    .innerJoin("threads as t", "t.id", "p.thread_id")
    .select(["r.created_at as at", "t.space"])
    .where("r.created_at", ">=", from)
    .where("r.created_at", "<", to)
    .execute();
