import type { Kysely } from "kysely";
import type { Dialect } from "../db/connect.ts";
import type { Database, SpaceId, StaffRole } from "../db/schema.ts";
import type { AppConfig } from "./config.ts";
import type { QueueEvents } from "./events.ts";
import type { ThreadListCache } from "./thread-list-cache.ts";
import type { ActiveEngine } from "./watched/active-engine.ts";

export interface ForumUser {
  id: string;
  pseudonym: string;
  space: SpaceId;
  tokenHash: string;
}

export interface StaffUser {
  id: string;
  username: string;
  role: StaffRole;
  tokenHash: string;
  pendingEnrolment: boolean;
  mustChangePassword: boolean;
}

export interface AppEnv {
  Variables: {
    db: Kysely<Database>;
    dialect: Dialect;
    config: AppConfig;
    events: QueueEvents;
    threadLists: ThreadListCache;
    engine: ActiveEngine;
    forumUser?: ForumUser;
    staff?: StaffUser;
  };
}
