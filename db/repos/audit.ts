import { createHash } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Dialect } from "../connect.ts";
import { newId, nowIso } from "../ids.ts";
import type { Database } from "../schema.ts";
import { inTransaction } from "../tx.ts";

export interface AuditInput {
  actor: string;
  action: string;
  target?: string | null;
  reason?: string | null;
}

export const GENESIS = "0".repeat(64);

// Each entry's hash covers the previous entry's hash, so editing or removing any entry
// (even by someone who gets past the triggers) breaks every link after it.
export function entryHash(prevHash: string, e: { seq: number; id: string; at: string; actor: string; action: string; target: string | null; reason: string | null }): string {
  const canonical = JSON.stringify([e.seq, e.id, e.at, e.actor, e.action, e.target, e.reason]);
  return createHash("sha256").update(prevHash).update(canonical).digest("hex");
}

// Appends within the caller's transaction when given one, so the record and the action
// it describes commit together.
export async function appendAudit(db: Kysely<Database>, dialect: Dialect, input: AuditInput): Promise<void> {
  const write = async (trx: Kysely<Database>) => {
    // Serialise appenders so two entries never claim the same predecessor.
    if (dialect === "postgres") await sql`SELECT pg_advisory_xact_lock(7331)`.execute(trx);
    const last = await trx.selectFrom("audit_log").select(["seq", "hash"]).orderBy("seq", "desc").limit(1).executeTakeFirst();
    const entry = {
      seq: Number(last?.seq ?? 0) + 1,
      id: newId(),
      at: nowIso(),
      actor: input.actor,
      action: input.action,
      target: input.target ?? null,
      reason: input.reason ?? null,
    };
    const prev_hash = last?.hash ?? GENESIS;
    await trx.insertInto("audit_log").values({ ...entry, prev_hash, hash: entryHash(prev_hash, entry) }).execute();
  };
  await inTransaction(db, write);
}

export function listAudit(db: Kysely<Database>, opts: { limit: number; beforeSeq?: number }) {
  let q = db.selectFrom("audit_log").selectAll().orderBy("seq", "desc").limit(opts.limit);
  if (opts.beforeSeq !== undefined) q = q.where("seq", "<", opts.beforeSeq);
  return q.execute();
}

export type ChainReport = { ok: true; entries: number } | { ok: false; entries: number; brokenAtSeq: number; problem: string };

// Walks the whole chain in order and reports the first entry whose link does not hold.
export async function verifyAuditChain(db: Kysely<Database>): Promise<ChainReport> {
  let prev = GENESIS;
  let expectedSeq = 1;
  let count = 0;
  const pageSize = 1000;
  for (;;) {
    const rows = await db.selectFrom("audit_log").selectAll().where("seq", ">=", expectedSeq).orderBy("seq").limit(pageSize).execute();
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== expectedSeq) return { ok: false, entries: count, brokenAtSeq: expectedSeq, problem: `entry ${expectedSeq} is missing` };
      if (r.prev_hash !== prev) return { ok: false, entries: count, brokenAtSeq: seq, problem: "does not point at the entry before it" };
      if (entryHash(prev, { ...r, seq }) !== r.hash) return { ok: false, entries: count, brokenAtSeq: seq, problem: "its contents do not match its hash" };
      prev = r.hash;
      expectedSeq++;
      count++;
    }
    if (rows.length < pageSize) return { ok: true, entries: count };
  }
}
