import { Hono } from "hono";
import { z } from "zod";
import { createIdentity, findIdentityByRecoveryHash, pseudonymTaken } from "../../db/repos/identities.ts";
import { countUnreadFromTeam } from "../../db/repos/messages.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { generatePseudonym } from "../identity/pseudonym.ts";
import { generateRecoveryCode, hashRecoveryCode } from "../identity/recovery-code.ts";
import { readJson } from "../json-body.ts";
import { endForumSession, requireForumUser, startForumSession } from "../middleware/forum-session.ts";
import { RateLimiter, rateLimit } from "../middleware/rate-limit.ts";
import { spaceSchema } from "../spaces.ts";
import { isStaffed, nextStaffedAt, staffedHoursInWords } from "../staffed-hours.ts";

export const createIdentitySchema = z.object({ space: spaceSchema });
export const recoverSchema = z.object({
  recoveryCode: z.string({ error: "recoveryCode must be text." }).min(1, "Please type your recovery code.").max(64, "That recovery code is too long."),
});

export function identityRoutes(limiter: RateLimiter) {
  const app = new Hono<AppEnv>();

  app.post(
    "/identities",
    rateLimit(limiter, "identity", (c) => c.get("config").rateLimits.createIdentity),
    async (c) => {
      const { space } = await readJson(c, createIdentitySchema);
      const db = c.get("db");
      let pseudonym = generatePseudonym();
      for (let tries = 0; await pseudonymTaken(db, pseudonym); tries++) {
        if (tries > 20) throw new HttpError(503, "We couldn't make a new name just now. Please try again.");
        pseudonym = generatePseudonym();
      }
      const recoveryCode = generateRecoveryCode();
      const identity = await createIdentity(db, { space, pseudonym, recoveryHash: hashRecoveryCode(recoveryCode) });
      await endForumSession(c, true);
      await startForumSession(c, identity.id);
      return c.json({ pseudonym, recoveryCode, space }, 201);
    },
  );

  app.post(
    "/identities/recover",
    rateLimit(limiter, "recover", (c) => c.get("config").rateLimits.recover),
    async (c) => {
      const { recoveryCode } = await readJson(c, recoverSchema);
      const identity = await findIdentityByRecoveryHash(c.get("db"), hashRecoveryCode(recoveryCode));
      if (!identity) throw new HttpError(401, "That recovery code doesn't match any name. Check it and try again.");
      await endForumSession(c, true);
      await startForumSession(c, identity.id);
      return c.json({ pseudonym: identity.pseudonym, space: identity.space });
    },
  );

  app.get("/staffed-hours", (c) => {
    const hours = c.get("config").staffedHours;
    const now = new Date();
    return c.json({ inWords: staffedHoursInWords(hours), staffedNow: isStaffed(hours, now), nextStaffedAt: nextStaffedAt(hours, now)?.toISOString() ?? null });
  });

  app.post("/session/sign-out", async (c) => {
    await endForumSession(c);
    return c.json({ ok: true });
  });

  app.get("/me", async (c) => {
    const user = requireForumUser(c);
    return c.json({ pseudonym: user.pseudonym, space: user.space, unreadMessages: await countUnreadFromTeam(c.get("db"), user.id) });
  });

  return app;
}
