import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { createSession, deleteSession, extendSession, findSessionIdentity } from "../../db/repos/sessions.ts";
import type { AppEnv, ForumUser } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { newToken, sha256 } from "../tokens.ts";

export const FORUM_COOKIE = "harbour_session";
const DAY = 24 * 60 * 60 * 1000;
const REFRESH_AFTER = 60 * 60 * 1000; // slide the expiry at most hourly

function writeCookie(c: Context<AppEnv>, token: string, maxAgeSeconds: number) {
  setCookie(c, FORUM_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: c.get("config").secureCookies,
    path: "/",
    maxAge: maxAgeSeconds,
  });
}

export async function startForumSession(c: Context<AppEnv>, identityId: string): Promise<void> {
  const token = newToken();
  const days = c.get("config").forumSessionDays;
  await createSession(c.get("db"), {
    tokenHash: sha256(token),
    identityId,
    expiresAt: new Date(Date.now() + days * DAY).toISOString(),
  });
  writeCookie(c, token, days * 24 * 60 * 60);
}

// `keepCookie` when a new session replaces this one in the same response.
export async function endForumSession(c: Context<AppEnv>, keepCookie = false): Promise<void> {
  const token = getCookie(c, FORUM_COOKIE);
  if (!token) return;
  await deleteSession(c.get("db"), sha256(token));
  if (!keepCookie) deleteCookie(c, FORUM_COOKIE, { path: "/" });
}

// Loads the forum identity, if any; routes decide whether they need one.
export const forumSession = createMiddleware<AppEnv>(async function forumSession(c, next) {
  const token = getCookie(c, FORUM_COOKIE);
  if (token && token.length <= 100) {
    const db = c.get("db");
    const tokenHash = sha256(token);
    const row = await findSessionIdentity(db, tokenHash);
    const now = Date.now();
    if (row && Date.parse(row.expires_at) > now) {
      const days = c.get("config").forumSessionDays;
      const fullExpiry = now + days * DAY;
      if (fullExpiry - Date.parse(row.expires_at) > REFRESH_AFTER) {
        await extendSession(db, tokenHash, new Date(fullExpiry).toISOString());
        writeCookie(c, token, days * 24 * 60 * 60);
      }
      c.set("forumUser", { id: row.id, pseudonym: row.pseudonym, space: row.space, tokenHash });
    } else if (row) {
      await deleteSession(db, tokenHash);
    }
  }
  return next();
});

export function requireForumUser(c: Context<AppEnv>): ForumUser {
  const user = c.get("forumUser");
  if (!user) throw new HttpError(401, "Please choose a space or sign in with your recovery code first.");
  return user;
}
