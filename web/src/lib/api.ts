// Every call to Harbour's HTTP API goes through this file.
// The session is an httpOnly cookie set by the server: nothing is ever kept in localStorage.
// Calls never throw: they return a Result, so pages can show the server's plain sentence.
import { requestJson, type Result } from "./http";
import type { HelpPanel } from "../../../moderation/help.ts";

export type { HelpPanel };

export type Space = "young-people" | "parents";

export type PostStatus =
  | "published"
  | "waiting_for_moderator"
  | "with_safeguarding_team"
  | "not_published"
  | "removed";

export interface Me {
  pseudonym: string;
  space: Space;
  /** Messages from Harbour's team not read yet (POST /api/me/messages/read marks them read). */
  unreadMessages?: number;
}

export interface NewIdentity {
  pseudonym: string;
  recoveryCode: string;
}

export interface ThreadSummary {
  id: string;
  title: string;
  replyCount: number;
  lastActivityAt: string;
}

export interface ThreadPage {
  threads: ThreadSummary[];
  nextCursor: string | null;
}

export interface Post {
  id: string;
  body: string;
  pseudonym: string;
  createdAt: string;
  status?: PostStatus;
  reason?: string | null;
  mine?: boolean;
}

export interface Thread {
  id: string;
  title: string;
  space: Space;
  posts: Post[];
}

export interface PostResult {
  id: string;
  status: PostStatus;
  reason?: string | null;
  /** Services that fit what the post is about (chosen by the server from the verdict), if any. */
  help?: HelpPanel | null;
  /** Set when the post waits for people and nobody is on shift right now. */
  staffedNote?: string | null;
}

export interface MyPost {
  id: string;
  threadId: string;
  threadTitle?: string;
  body?: string;
  createdAt?: string;
  status: PostStatus;
  reason: string | null;
  /** true when this post opened its thread; false for a reply. */
  isThreadStart?: boolean;
}

/** What the server says after a report (201 new, 200 already reported). */
export interface ReportResult {
  ok: true;
  message: string;
}

export interface TeamMessage {
  id: string;
  body: string;
  /** true when Harbour's team wrote it; false when it is the author's own reply. */
  fromStaff: boolean;
  at: string;
  caseId: string | null;
  /** The team asks whether the author would like to share a way to reach them. */
  asksForContact: boolean;
  unread?: boolean;
}

export type ContactState = "asked" | "declined" | "shared" | "withdrawn" | "deleted";

export type { Result } from "./http";

async function request<T>(method: string, path: string, body?: unknown): Promise<Result<T>> {
  const res = await requestJson<T>(method, path, body);
  // A wrong recovery code is a 401 too, but it doesn't end the session someone already has.
  if (!res.ok && res.status === 401 && path !== "/api/identities/recover") onSignedOut?.();
  return res;
}

// When the session has ended (expired, or signed out in another tab), pages should offer a
// way back in rather than a string of errors. session.ts listens here.
let onSignedOut: (() => void) | null = null;
export function whenSignedOut(listener: (() => void) | null): void {
  onSignedOut = listener;
}

const enc = encodeURIComponent;

export const api = {
  createIdentity: (space: Space) => request<NewIdentity>("POST", "/api/identities", { space }),
  recover: (recoveryCode: string) =>
    request<Me>("POST", "/api/identities/recover", { recoveryCode }),
  me: () => request<Me>("GET", "/api/me"),
  signOut: () => request<{ ok: true }>("POST", "/api/session/sign-out", {}),
  listThreads: (space: Space, cursor?: string | null, limit = 20) => {
    const q = new URLSearchParams({ limit: String(limit) });
    if (cursor) q.set("cursor", cursor);
    return request<ThreadPage>("GET", `/api/spaces/${enc(space)}/threads?${q.toString()}`);
  },
  createThread: (space: Space, title: string, body: string) =>
    request<PostResult>("POST", `/api/spaces/${enc(space)}/threads`, { title, body }),
  getThread: (id: string) => request<{ thread: Thread }>("GET", `/api/threads/${enc(id)}`),
  reply: (threadId: string, body: string) =>
    request<PostResult>("POST", `/api/threads/${enc(threadId)}/replies`, { body }),
  myPosts: () => request<{ posts: MyPost[] }>("GET", "/api/me/posts"),
  deleteMe: () => request<{ ok: true }>("DELETE", "/api/me"),
  messages: () => request<{ messages: TeamMessage[] }>("GET", "/api/me/messages"),
  staffedHours: () => request<{ inWords: string; staffedNow: boolean; nextStaffedAt: string | null }>("GET", "/api/staffed-hours"),
  markMessagesRead: () => request<{ ok: true }>("POST", "/api/me/messages/read", {}),
  sendMessage: (body: string) => request<{ ok: true }>("POST", "/api/me/messages", { body }),
  privacy: (space: Space) => request<{ space: Space; sections: { heading: string; points: string[] }[] }>("GET", `/api/privacy?space=${enc(space)}`),
  contactRequests: () => request<{ requests: { caseId: string; state: ContactState }[] }>("GET", "/api/me/contact"),
  shareContact: (caseId: string, contact: string) =>
    request<{ ok: true; message: string }>("POST", "/api/me/contact", { caseId, contact, consent: true }),
  declineContact: (caseId: string) => request<{ ok: true; message: string }>("POST", "/api/me/contact/decline", { caseId }),
  withdrawContact: (caseId: string) => request<{ ok: true; message: string }>("DELETE", `/api/me/contact/${enc(caseId)}`),
  reportReasons: () => request<{ reasons: string[] }>("GET", "/api/report-reasons"),
  reportPost: (postId: string, reason: string) =>
    request<ReportResult>("POST", `/api/posts/${enc(postId)}/reports`, { reason }),
};
