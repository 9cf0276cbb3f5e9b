import type { Kysely } from "kysely";
import { createIdentity } from "../../db/repos/identities.ts";
import { addReply, createThread, hasDemoContent } from "../../db/repos/threads.ts";
import type { Database, SpaceId } from "../../db/schema.ts";
import { generatePseudonym } from "../identity/pseudonym.ts";
import { newToken, sha256 } from "../tokens.ts";
import { DEMO_HELD, DEMO_THREADS } from "./content.ts";
import { storePost } from "../posting/submit.ts";

const MINUTE = 60_000;

// Demo content is only written into an empty database, and every row is marked is_demo.
export async function seedDemoThreads(db: Kysely<Database>): Promise<boolean> {
  if (await hasDemoContent(db)) return false;
  const start = Date.now() - 3 * 24 * 60 * MINUTE;
  let clock = start;
  const tick = () => new Date((clock += 37 * MINUTE)).toISOString();
  const demoAuthor = async (space: SpaceId) =>
    (await createIdentity(db, { space, pseudonym: `${generatePseudonym()}`, recoveryHash: sha256(newToken()) })).id;

  for (const [space, threads] of Object.entries(DEMO_THREADS) as [SpaceId, (typeof DEMO_THREADS)[SpaceId]][]) {
    for (const t of threads) {
      const post = (authorId: string, body: string) => ({
        authorId, body, bodyShown: body, status: "published" as const, reason: null, severity: 0, categories: [], isDemo: true, createdAt: tick(),
      });
      const { threadId } = await createThread(db, { space, title: t.title, post: post(await demoAuthor(space), t.body) });
      for (const reply of t.replies) await addReply(db, threadId, post(await demoAuthor(space), reply));
    }
  }
  for (const held of DEMO_HELD) await storePost(db, { ...held, authorId: await demoAuthor(held.space), isDemo: true });
  return true;
}
