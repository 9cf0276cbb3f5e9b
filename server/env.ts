import type { Kysely } from "kysely";
import type { Dialect } from "../db/connect.ts";
import type { Database, SpaceId } from "../db/schema.ts";
import type { AppConfig } from "./config.ts";

export interface ForumUser {
  id: string;
  pseudonym: string;
  space: SpaceId;
  tokenHash: string;
}

export interface AppEnv {
  Variables: {
    db: Kysely<Database>;
    dialect: Dialect;
    config: AppConfig;
    forumUser?: ForumUser;
  };
}
