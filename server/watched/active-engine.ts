import type { Kysely } from "kysely";
import { activeWatchedVersionNumber } from "../../db/repos/watched-words.ts";
import type { Database } from "../../db/schema.ts";
import { moderate, moderatorWith, type Verdict } from "../../moderation/index.ts";
import { engineSet, loadActiveSnapshot } from "./versions.ts";

export type Judge = (text: string) => Verdict;

/**
 * The engine as the active watched-word version makes it, for this instance. Every post asks the
 * database which version is active (one indexed read), so a change saved on any instance applies
 * to the very next post everywhere; the set itself is loaded only when the number moves.
 */
export class ActiveEngine {
  private version = 0;
  private judge: Judge = moderate;
  private loading: Promise<Judge> | null = null;

  async current(db: Kysely<Database>): Promise<Judge> {
    const active = await activeWatchedVersionNumber(db);
    if (active === this.version) return this.judge;
    this.loading ??= this.load(db).finally(() => (this.loading = null));
    return this.loading;
  }

  private async load(db: Kysely<Database>): Promise<Judge> {
    const snapshot = await loadActiveSnapshot(db);
    this.judge = moderatorWith(engineSet(snapshot));
    this.version = snapshot.version;
    return this.judge;
  }
}
