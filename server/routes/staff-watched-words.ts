import { Hono, type Context } from "hono";
import { z } from "zod";
import { listPostsSince } from "../../db/repos/posts.ts";
import { listWatchedVersions } from "../../db/repos/watched-words.ts";
import { inTransaction } from "../../db/tx.ts";
import { moderatorWith, phraseProblem, redact, RULES, WATCHABLE_CATEGORIES, WATCHED_RULE_PREFIX } from "../../moderation/index.ts";
import { staffActionLog } from "../audit.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { readJson } from "../json-body.ts";
import { requireStaff } from "../middleware/staff-session.ts";
import { CAN } from "../staff/roles.ts";
import { textField } from "../text.ts";
import { applyChange, engineSet, loadActiveSnapshot, loadSnapshot, saveVersion, type WatchedChange } from "../watched/versions.ts";

const phrase = z
  .string({ error: "phrase must be text." })
  .transform((s) => s.normalize("NFC").trim())
  .superRefine((s, ctx) => {
    const problem = phraseProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
const category = z.enum(WATCHABLE_CATEGORIES, { error: `category must be one of: ${WATCHABLE_CATEGORIES.join(", ")}.` });
const reason = textField("The reason", 3, 1000);

export const watchedAddSchema = z.object({ phrase, category, reason });
export const watchedChangeSchema = z
  .object({ phrase: phrase.optional(), category: category.optional(), active: z.boolean({ error: "active must be true or false." }).optional(), reason })
  .refine((b) => b.phrase !== undefined || b.category !== undefined || b.active !== undefined, { message: "Say what to change: phrase, category or active." });
export const watchedRuleSchema = z.object({ active: z.boolean({ error: "active must be true or false." }), reason });
export const watchedRollbackSchema = z.object({ version: z.number({ error: "version must be a number." }).int().nonnegative(), reason: reason.optional() });
export const watchedPreviewSchema = z.union(
  [
    z.object({ phrase, category, id: z.string().max(64).optional() }),
    z.object({ id: z.string().max(64), active: z.boolean() }),
    z.object({ ruleId: z.string().max(120), active: z.boolean() }),
  ],
  { error: "Send a phrase and a category (optionally the id of the phrase it replaces), an id with active, or a built-in ruleId with active." },
);

/** How far back a preview looks, and at most how many posts it re-judges (newest first). */
const PREVIEW_DAYS = 30;
const PREVIEW_LIMIT = 3000;
const EXCERPT_CHARS = 240;

function changeFrom(body: z.infer<typeof watchedPreviewSchema>): WatchedChange {
  if ("ruleId" in body) return { kind: "rule", ruleId: body.ruleId, active: body.active };
  if ("phrase" in body) return body.id ? { kind: "change", id: body.id, phrase: body.phrase, category: body.category } : { kind: "add", phrase: body.phrase, category: body.category };
  return { kind: "change", id: body.id, active: body.active };
}

export function staffWatchedWordRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/watched-words", async (c) => {
    requireStaff(c, CAN.readWatchedWords);
    const db = c.get("db");
    const [snapshot, versions] = await Promise.all([loadActiveSnapshot(db), listWatchedVersions(db)]);
    return c.json({
      version: snapshot.version,
      words: snapshot.words,
      disabledRules: snapshot.disabledRules,
      categories: WATCHABLE_CATEGORIES,
      versions: versions.map((v) => ({ version: v.version, by: v.changed_by, at: v.changed_at, change: v.change, reason: v.reason })),
    });
  });

  // The built-in rules a lead may switch off (with a reason) and back on; they are never deleted.
  app.get("/watched-words/rules", async (c) => {
    requireStaff(c, CAN.readWatchedWords);
    const snapshot = await loadActiveSnapshot(c.get("db"));
    const off = new Map(snapshot.disabledRules.map((r) => [r.ruleId, r]));
    return c.json({ rules: RULES.map((r) => ({ id: r.id, category: r.category, note: r.note, active: !off.has(r.id), disabled: off.get(r.id) ?? null })) });
  });

  app.post("/watched-words/preview", async (c) => {
    const staff = requireStaff(c, CAN.changeWatchedWords);
    const body = await readJson(c, watchedPreviewSchema);
    const db = c.get("db");
    const current = await loadActiveSnapshot(db);
    const { next, summary, wordId } = applyChange(current, changeFrom(body), staff.username, "preview");
    const now = moderatorWith(engineSet(current));
    const proposed = moderatorWith(engineSet(next));
    const since = new Date(Date.now() - PREVIEW_DAYS * 86_400_000).toISOString();
    const posts = await listPostsSince(db, since, PREVIEW_LIMIT);
    const changedRule = wordId ? `${WATCHED_RULE_PREFIX}${wordId}` : "ruleId" in body ? body.ruleId : null;
    const matches = [];
    for (const p of posts) {
      const before = now(p.body);
      const after = proposed(p.body);
      const touched = changedRule !== null && (after.matches.some((m) => m.ruleId === changedRule) || before.matches.some((m) => m.ruleId === changedRule));
      if (!touched && before.severity === after.severity) continue;
      matches.push({
        postId: p.id, severityNow: before.severity, severityWith: after.severity,
        categoriesNow: before.categories, categoriesWith: after.categories, createdAt: p.created_at,
        // Personal details stay hidden in a preview, as in the queue.
        excerpt: redact(p.body, after).slice(0, EXCERPT_CHARS),
      });
    }
    await staffActionLog(db, c.get("dialect"), staff.username).previewedWatchedWords(summary);
    return c.json({ matches, scanned: posts.length, days: PREVIEW_DAYS, change: summary });
  });

  const change = async (c: Context<AppEnv>, make: () => Promise<{ change: WatchedChange; reason: string }>, status: 200 | 201) => {
    const staff = requireStaff(c, CAN.changeWatchedWords);
    const { change: proposed, reason: why } = await make();
    const db = c.get("db");
    const saved = await inTransaction(db, async (trx) => {
      const current = await loadActiveSnapshot(trx);
      const { next, summary, wordId } = applyChange(current, proposed, staff.username, why);
      const version = await saveVersion(trx, current.version, next, { by: staff.username, change: summary, reason: why });
      await staffActionLog(trx, c.get("dialect"), staff.username).changedWatchedWords(version, summary, why);
      return { version, wordId };
    });
    return c.json(saved.wordId ? { id: saved.wordId, version: saved.version } : { version: saved.version }, status);
  };

  app.post("/watched-words", (c) =>
    change(c, async () => {
      const b = await readJson(c, watchedAddSchema);
      return { change: { kind: "add", phrase: b.phrase, category: b.category }, reason: b.reason };
    }, 201),
  );

  app.post("/watched-words/rollback", async (c) => {
    const staff = requireStaff(c, CAN.changeWatchedWords);
    const b = await readJson(c, watchedRollbackSchema);
    const db = c.get("db");
    const version = await inTransaction(db, async (trx) => {
      const current = await loadActiveSnapshot(trx);
      const target = await loadSnapshot(trx, b.version);
      if (target.version === current.version) throw new HttpError(400, `Version ${b.version} is already the active one.`);
      const summary = b.version === 0 ? "restored version 0 (the built-in rules only)" : `restored version ${b.version}`;
      const why = b.reason ?? summary;
      const saved = await saveVersion(trx, current.version, { words: target.words, disabledRules: target.disabledRules }, { by: staff.username, change: summary, reason: why });
      await staffActionLog(trx, c.get("dialect"), staff.username).changedWatchedWords(saved, summary, why);
      return saved;
    });
    return c.json({ version });
  });

  app.post("/watched-words/rules/:ruleId", (c) =>
    change(c, async () => {
      const b = await readJson(c, watchedRuleSchema);
      return { change: { kind: "rule", ruleId: c.req.param("ruleId"), active: b.active }, reason: b.reason };
    }, 200),
  );

  app.post("/watched-words/:id", (c) =>
    change(c, async () => {
      const b = await readJson(c, watchedChangeSchema);
      return { change: { kind: "change", id: c.req.param("id"), phrase: b.phrase, category: b.category, active: b.active }, reason: b.reason };
    }, 200),
  );

  return app;
}
