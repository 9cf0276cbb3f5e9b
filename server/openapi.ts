import { z } from "zod";
import { createIdentitySchema, recoverSchema } from "./routes/identities.ts";
import { newThreadSchema, replySchema } from "./routes/threads.ts";
import { safeguardingOperations } from "./openapi-staff.ts";

export interface Operation {
  method: "get" | "post" | "put" | "delete";
  path: string;
  summary: string;
  body?: z.ZodType;
  ok: number;
  errors?: number[];
}

const forum: Operation[] = [
  { method: "get", path: "/api/health", summary: "Ready once migrations have run", ok: 200 },
  { method: "post", path: "/api/identities", summary: "Create an anonymous identity in a space; returns pseudonym and a one-time recovery code, sets the session cookie", body: createIdentitySchema, ok: 201, errors: [400, 403, 415, 429] },
  { method: "post", path: "/api/identities/recover", summary: "Sign in again with a recovery code", body: recoverSchema, ok: 200, errors: [400, 401, 429] },
  { method: "get", path: "/api/staffed-hours", summary: "When Harbour's team is around, in words, and whether it is now", ok: 200 },
  { method: "post", path: "/api/session/sign-out", summary: "End this session", ok: 200 },
  { method: "get", path: "/api/me", summary: "The signed-in pseudonym and space", ok: 200, errors: [401] },
  { method: "delete", path: "/api/me", summary: "Delete this pseudonym and its posts", ok: 200, errors: [401] },
  { method: "get", path: "/api/me/posts", summary: "The author's own posts with status and reason", ok: 200, errors: [401] },
  { method: "get", path: "/api/spaces/{space}/threads", summary: "Published threads, most recent activity first (query: limit 1–50, cursor)", ok: 200, errors: [400, 401, 403, 404] },
  { method: "post", path: "/api/spaces/{space}/threads", summary: "Start a thread (title 3–120, body 1–5,000 characters)", body: newThreadSchema, ok: 201, errors: [400, 401, 403, 413, 415, 429] },
  { method: "get", path: "/api/threads/{id}", summary: "A thread's published posts, plus the viewer's own with their status", ok: 200, errors: [401, 403, 404] },
  { method: "post", path: "/api/threads/{id}/replies", summary: "Reply to a thread", body: replySchema, ok: 201, errors: [400, 401, 403, 404, 413, 415, 429] },
];

const registry: Operation[] = [...forum, ...safeguardingOperations];

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: { error: { type: "string", description: "One plain sentence" } },
};

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of registry) {
    const responses: Record<string, unknown> = { [op.ok]: { description: "OK" } };
    for (const code of op.errors ?? []) {
      responses[code] = { description: "Error", content: { "application/json": { schema: errorSchema } } };
    }
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      ...(params.length ? { parameters: params } : {}),
      ...(op.body
        ? { requestBody: { required: true, content: { "application/json": { schema: z.toJSONSchema(op.body, { io: "input" }) } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Harbour", version: "0.1.0", description: "Anonymous, moderated peer support. Errors are {\"error\": \"<plain sentence>\"}." },
    paths,
  };
}
