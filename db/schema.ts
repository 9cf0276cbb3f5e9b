import type { Generated, Insertable, Selectable } from "kysely";

// Timestamps are ISO-8601 UTC strings on both dialects: they sort as text and come back
// identical from SQLite and PostgreSQL. Booleans are 0/1 integers for the same reason.

export type SpaceId = "young-people" | "parents";

export type PostStatus =
  | "published"
  | "waiting_for_moderator"
  | "with_safeguarding_team"
  | "not_published"
  | "removed";

export interface SpacesTable {
  id: SpaceId;
  name: string;
  premoderate: number;
}

// A forum identity: a generated pseudonym and nothing that identifies a person.
export interface IdentitiesTable {
  id: string;
  pseudonym: string;
  space: SpaceId;
  recovery_hash: string;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  identity_id: string;
  created_at: string;
  expires_at: string;
}

export interface ThreadsTable {
  id: string;
  space: SpaceId;
  title: string;
  author_id: string | null;
  opening_post_id: string | null;
  created_at: string;
  // Moves only when a post becomes visible, so held posts never reveal activity.
  last_activity_at: string;
  is_demo: number;
}

export interface PostsTable {
  id: string;
  thread_id: string;
  author_id: string | null;
  // What the author wrote (normalised), and what other people see (e.g. profanity masked).
  body: string;
  body_shown: string;
  status: PostStatus;
  reason: string | null;
  severity: number;
  categories: string;
  created_at: string;
  is_demo: number;
}

export interface Database {
  spaces: SpacesTable;
  identities: IdentitiesTable;
  sessions: SessionsTable;
  threads: ThreadsTable;
  posts: PostsTable;
}

export type Identity = Selectable<IdentitiesTable>;
export type Thread = Selectable<ThreadsTable>;
export type Post = Selectable<PostsTable>;
export type NewPost = Insertable<PostsTable>;
export type { Generated };
