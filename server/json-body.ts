import type { Context } from "hono";
import type { z } from "zod";
import { HttpError } from "./http-error.ts";

// Parses and validates a JSON body; every failure is a 400 with one plain sentence.
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new HttpError(415, "Please send the request as JSON (Content-Type: application/json).");
  }
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new HttpError(400, "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue || issue.path.length === 0) throw new HttpError(400, "The request body must be a JSON object.");
    const field = issue && issue.path.length > 0 ? issue.path.join(".") : null;
    const msg = issue?.message ?? "The request is not in the expected shape.";
    throw new HttpError(400, field && !msg.includes(field) ? `${field}: ${msg}` : msg);
  }
  return parsed.data;
}
