import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.ts";
import { findWatchedVersion, insertWatchedVersion, latestWatchedVersion } from "../../db/repos/watched-words.ts";
import type { Database } from "../../db/schema.ts";
import { RULES, type Category, type WatchedSet } from "../../moderation/index.ts";
import { HttpError } from "../http-error.ts";

/** One watched phrase as a version holds it: the phrase and who last changed it, when and why. */
export interface WatchedWord {
  id: string;
  phrase: string;
  category: Category;
  active: boolean;
  by: string;
  at: string;
  reason: string;
}

/** A built-in rule switched off: never deleted, always with who, when and why. */
export interface DisabledRule {
  ruleId: string;
  by: string;
  at: string;
  reason: string;
}

export interface WatchedSnapshot {
  version: number;
  words: WatchedWord[];
  disabledRules: DisabledRule[];
}

export const EMPTY_SNAPSHOT: WatchedSnapshot = { version: 0, words: [], disabledRules: [] };

/** What the engine applies from a snapshot: its active phrases and the rules switched off. */
export function engineSet(s: Pick<WatchedSnapshot, "words" | "disabledRules">): WatchedSet {
  return {
    words: s.words.filter((w) => w.active).map((w) => ({ id: w.id, phrase: w.phrase, category: w.category })),
    disabledRules: s.disabledRules.map((r) => r.ruleId),
  };
}

function snapshotOf(row: { version: number; words: string; disabled_rules: string } | undefined): WatchedSnapshot {
  if (!row) return EMPTY_SNAPSHOT;
  return { version: row.version, words: JSON.parse(row.words) as WatchedWord[], disabledRules: JSON.parse(row.disabled_rules) as DisabledRule[] };
}

export const loadActiveSnapshot = async (db: Kysely<Database>): Promise<WatchedSnapshot> => snapshotOf(await latestWatchedVersion(db));

/** Version 0 is the starting point: the built-in rules alone, with nothing switched off. */
export async function loadSnapshot(db: Kysely<Database>, version: number): Promise<WatchedSnapshot> {
  if (version === 0) return EMPTY_SNAPSHOT;
  const row = await findWatchedVersion(db, version);
  if (!row) throw new HttpError(404, `There is no version ${version} of the watched words.`);
  return snapshotOf(row);
}

/** A proposed change to the active set; `apply` turns it into the next set (or says why it can't). */
export type WatchedChange =
  | { kind: "add"; phrase: string; category: Category }
  | { kind: "change"; id: string; phrase?: string; category?: Category; active?: boolean }
  | { kind: "rule"; ruleId: string; active: boolean };

const BUILT_IN_IDS = new Set(RULES.map((r) => r.id));

export function applyChange(current: WatchedSnapshot, change: WatchedChange, by: string, reason: string, at = nowIso()): { next: Omit<WatchedSnapshot, "version">; summary: string; wordId: string | null } {
  const words = current.words.map((w) => ({ ...w }));
  const disabledRules = current.disabledRules.map((r) => ({ ...r }));
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  if (change.kind === "add") {
    if (words.some((w) => w.active && same(w.phrase, change.phrase))) throw new HttpError(409, "That phrase is already watched.");
    const word: WatchedWord = { id: newId(), phrase: change.phrase.trim(), category: change.category, active: true, by, at, reason };
    words.push(word);
    return { next: { words, disabledRules }, summary: `added "${word.phrase}" (${word.category})`, wordId: word.id };
  }
  if (change.kind === "change") {
    const word = words.find((w) => w.id === change.id);
    if (!word) throw new HttpError(404, "There is no watched phrase with that id.");
    const parts: string[] = [];
    if (change.phrase !== undefined && change.phrase.trim() !== word.phrase) parts.push(`phrase "${word.phrase}" → "${(word.phrase = change.phrase.trim())}"`);
    if (change.category !== undefined && change.category !== word.category) parts.push(`category ${word.category} → ${(word.category = change.category)}`);
    if (change.active !== undefined && change.active !== word.active) parts.push((word.active = change.active) ? "enabled" : "disabled");
    if (parts.length === 0) throw new HttpError(400, "That is the same as the phrase as it stands: nothing to change.");
    Object.assign(word, { by, at, reason });
    return { next: { words, disabledRules }, summary: `"${word.phrase}": ${parts.join(", ")}`, wordId: word.id };
  }
  if (!BUILT_IN_IDS.has(change.ruleId)) throw new HttpError(404, "There is no built-in rule with that id.");
  const i = disabledRules.findIndex((r) => r.ruleId === change.ruleId);
  if (change.active) {
    if (i < 0) throw new HttpError(400, "That rule is already on.");
    disabledRules.splice(i, 1);
  } else {
    if (i >= 0) throw new HttpError(400, "That rule is already switched off.");
    disabledRules.push({ ruleId: change.ruleId, by, at, reason });
  }
  return { next: { words, disabledRules }, summary: `built-in rule ${change.ruleId} ${change.active ? "switched back on" : "switched off"}`, wordId: null };
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === "23505" || /UNIQUE constraint failed|PRIMARY KEY/i.test(e?.message ?? "");
}

/** Stores `next` as the version after `after`; a lead who saved in between makes this one 409 (nothing lost). */
export async function saveVersion(
  db: Kysely<Database>,
  after: number,
  next: Omit<WatchedSnapshot, "version">,
  meta: { by: string; change: string; reason: string },
): Promise<number> {
  const version = after + 1;
  try {
    await insertWatchedVersion(db, {
      version, words: JSON.stringify(next.words), disabled_rules: JSON.stringify(next.disabledRules),
      changed_by: meta.by, changed_at: nowIso(), change: meta.change.slice(0, 300), reason: meta.reason,
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new HttpError(409, "Someone else changed the watched words a moment ago. Reload to see their change, then try again.");
    throw err;
  }
  return version;
}
