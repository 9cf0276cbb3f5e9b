import type { ThreadSummary } from "../db/repos/threads.ts";

export interface CachedPage {
  threads: ThreadSummary[];
  nextCursor: string | null;
}

/**
 * The first page of a space's thread list is the same for everyone in that space and is what
 * nearly every visit reads, so it is kept for a moment instead of asked of the database each
 * time. It is dropped whenever this instance stores a post and whenever any instance changes
 * the queue (a decision can publish or hide a thread), and otherwise lasts `ttlMs`: so a change
 * made on another instance shows within that time, and one's own new thread shows at once.
 */
export class ThreadListCache {
  private readonly pages = new Map<string, { until: number; page: CachedPage }>();

  constructor(private readonly ttlMs: number) {}

  get(key: string, now = Date.now()): CachedPage | undefined {
    const hit = this.pages.get(key);
    if (hit === undefined) return undefined;
    if (hit.until > now) return hit.page;
    this.pages.delete(key);
    return undefined;
  }

  set(key: string, page: CachedPage, now = Date.now()): void {
    if (this.ttlMs > 0) this.pages.set(key, { until: now + this.ttlMs, page });
  }

  clear(): void {
    this.pages.clear();
  }
}
