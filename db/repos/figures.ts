import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

// Aggregates only: counts grouped by a label, never text or pseudonyms.
export interface CountRow {
  key: string;
  n: number;
}

const toRows = (rows: { key: unknown; n: unknown }[]): CountRow[] => rows.map((r) => ({ key: String(r.key), n: Number(r.n) }));

export async function postCounts(db: Kysely<Database>, from: string, to: string) {
  const base = db.selectFrom("posts as p").innerJoin("threads as t", "t.id", "p.thread_id").where("p.created_at", ">=", from).where("p.created_at", "<", to).where("p.is_demo", "=", 0);
  const bySpace = await base.select(["t.space as key", (eb) => eb.fn.countAll<number>().as("n")]).groupBy("t.space").execute();
  const byStatus = await base.select(["p.status as key", (eb) => eb.fn.countAll<number>().as("n")]).groupBy("p.status").execute();
  const bySeverity = await base.select(["p.severity as key", (eb) => eb.fn.countAll<number>().as("n")]).groupBy("p.severity").execute();
  const categories = await base.select(["p.categories"]).where("p.categories", "!=", "[]").execute();
  const byCategory = new Map<string, number>();
  for (const r of categories) for (const cat of JSON.parse(r.categories) as string[]) byCategory.set(cat, (byCategory.get(cat) ?? 0) + 1);
  return {
    bySpace: toRows(bySpace),
    byStatus: toRows(byStatus),
    bySeverity: toRows(bySeverity),
    byCategory: [...byCategory].map(([key, n]) => ({ key, n })),
  };
}

export async function caseCounts(db: Kysely<Database>, from: string, to: string) {
  const base = db.selectFrom("cases").where("opened_at", ">=", from).where("opened_at", "<", to);
  const opened = await base.select(["space as key", (eb) => eb.fn.countAll<number>().as("n")]).groupBy("space").execute();
  const bySeverity = await base.select(["severity as key", (eb) => eb.fn.countAll<number>().as("n")]).groupBy("severity").execute();
  const byOutcome = await base.select(["outcome as key", (eb) => eb.fn.countAll<number>().as("n")]).where("status", "=", "closed").groupBy("outcome").execute();
  const byThreshold = await base.select(["threshold_level as key", (eb) => eb.fn.countAll<number>().as("n")]).where("threshold_level", "is not", null).groupBy("threshold_level").execute();
  const byIce = await base.select(["ice_category as key", (eb) => eb.fn.countAll<number>().as("n")]).where("ice_category", "is not", null).groupBy("ice_category").execute();
  const timings = await base.select(["severity", "opened_at", "first_response_at"]).where("first_response_at", "is not", null).execute();
  const categories = await base.select(["categories"]).execute();
  const byCategory = new Map<string, number>();
  for (const r of categories) for (const cat of JSON.parse(r.categories) as string[]) byCategory.set(cat, (byCategory.get(cat) ?? 0) + 1);
  return {
    bySpace: toRows(opened),
    bySeverity: toRows(bySeverity),
    byOutcome: toRows(byOutcome),
    byThreshold: toRows(byThreshold),
    byIceCategory: toRows(byIce),
    byCategory: [...byCategory].map(([key, n]) => ({ key, n })),
    responseMinutes: timings.map((t) => ({ severity: Number(t.severity), minutes: (Date.parse(t.first_response_at!) - Date.parse(t.opened_at)) / 60_000 })),
  };
}

export async function reportCount(db: Kysely<Database>, from: string, to: string): Promise<number> {
  const row = await db.selectFrom("reports").select((eb) => eb.fn.countAll<number>().as("n")).where("created_at", ">=", from).where("created_at", "<", to).executeTakeFirstOrThrow();
  return Number(row.n);
}
