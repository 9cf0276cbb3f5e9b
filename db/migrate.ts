import { Migrator, type Kysely, type Migration, type MigrationProvider } from "kysely";
import * as forum from "./migrations/0001_forum.ts";
import * as staff from "./migrations/0002_staff_and_safeguarding.ts";
import * as rateLimits from "./migrations/0003_shared_rate_limits.ts";
import * as casesToTheEnd from "./migrations/0004_case_ownership_contact_watched_words.ts";
import * as casePostCopy from "./migrations/0005_case_post_copy.ts";
import * as staffAlerts from "./migrations/0006_staff_alerts.ts";
import * as pushSubscriptions from "./migrations/0007_push_subscriptions.ts";

// Listed explicitly (not read from disk) so the same build runs from source or a bundle.
const migrations: Record<string, Migration> = {
  "0001_forum": forum,
  "0002_staff_and_safeguarding": staff,
  "0003_shared_rate_limits": rateLimits,
  "0004_case_ownership_contact_watched_words": casesToTheEnd,
  "0005_case_post_copy": casePostCopy,
  "0006_staff_alerts": staffAlerts,
  "0007_push_subscriptions": pushSubscriptions,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ""} failed: ${String(error)}`);
  }
}
