import { z } from "zod";
import type { SpaceId } from "../db/schema.ts";
import type { ForumUser } from "./env.ts";
import { HttpError } from "./http-error.ts";

export const SPACES = ["young-people", "parents"] as const satisfies readonly SpaceId[];

export const spaceSchema = z.enum(SPACES, {
  error: 'space must be "young-people" or "parents".',
});

export function parseSpace(value: string): SpaceId {
  const parsed = spaceSchema.safeParse(value);
  if (!parsed.success) throw new HttpError(404, "There is no space with that name.");
  return parsed.data;
}

// The two spaces are kept apart: an identity belongs to one and cannot see the other.
export function assertSameSpace(user: ForumUser, space: SpaceId): void {
  if (user.space !== space) {
    throw new HttpError(403, "Your made-up name belongs to the other space, so you can't see or post here.");
  }
}
