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

export type StaffRole = "moderator" | "safeguarding_lead" | "partnership_lead" | "admin";

export interface StaffTable {
  id: string;
  username: string;
  role: StaffRole;
  password_hash: string;
  // Base32 TOTP secret, set once the staff member confirms a code at enrolment.
  totp_secret: string | null;
  totp_pending_secret: string | null;
  // The last 30-second TOTP step accepted, so a code cannot be used twice.
  totp_last_step: number;
  must_change_password: number;
  disabled: number;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
}

export interface StaffSessionsTable {
  token_hash: string;
  staff_id: string;
  // 0: full session; 1: password checked, TOTP enrolment still to confirm.
  pending_enrolment: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export type QueueStatus = "pending" | "decided";
export type QueueKind = "post" | "report";

// One table for everything staff must look at (Discourse's Reviewable): held posts and reports.
export interface QueueItemsTable {
  id: string;
  post_id: string;
  kind: QueueKind;
  severity: number;
  categories: string;
  // JSON [{ruleId, category, start, end}] into the post body, for highlighting.
  matches: string;
  status: QueueStatus;
  claimed_by: string | null;
  claimed_at: string | null;
  version: number;
  decision: string | null;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

export interface ReportsTable {
  id: string;
  post_id: string;
  reporter_id: string | null;
  reason: string;
  created_at: string;
}

export type CaseStatus = "open" | "closed";

export interface CasesTable {
  id: string;
  post_id: string | null;
  identity_id: string | null;
  space: SpaceId;
  severity: number;
  categories: string;
  status: CaseStatus;
  threshold_level: number | null;
  ice_category: string | null;
  opened_at: string;
  first_response_at: string | null;
  closed_at: string | null;
  outcome: string | null;
  outcome_note: string | null;
  // The safeguarding lead handling the case (null: nobody yet).
  handled_by: string | null;
  handled_since: string | null;
  contact_state: ContactState | null;
  // A copy of the post with personal details hidden, kept when the author deletes their posts.
  post_copy: string | null;
}

/** Where asking the author for contact details has got to. */
export type ContactState = "asked" | "declined" | "shared" | "withdrawn" | "deleted";

/** Contact details an author chose to share, sealed with AES-256-GCM (server/contact-seal.ts). */
export interface CaseContactsTable {
  case_id: string;
  identity_id: string;
  sealed: string;
  shared_at: string;
}

/** The whole watched-word set as of one version (JSON), who changed it, when and why. */
export interface WatchedWordVersionsTable {
  version: number;
  words: string;
  disabled_rules: string;
  changed_by: string;
  changed_at: string;
  change: string;
  reason: string;
}

export interface CaseActionsTable {
  id: string;
  case_id: string;
  type: string;
  note: string | null;
  staff_id: string | null;
  at: string;
}

export interface MessagesTable {
  id: string;
  identity_id: string;
  case_id: string | null;
  // null when the author wrote it; otherwise the staff member who did.
  staff_id: string | null;
  body: string;
  created_at: string;
  read_at: string | null;
  asks_for_contact: number;
}

/** Where and when a staff member wants to be alerted (server/alerts/settings.ts). */
export interface StaffAlertSettingsTable {
  staff_id: string;
  email: string | null;
  // JSON arrays: severities 2–4; categories null means all of them.
  severities: string;
  categories: string | null;
  // Local hours [from, to) in the staffed-hours time zone; null: any time.
  from_hour: number | null;
  to_hour: number | null;
  browser: number;
  updated_at: string;
}

/** One line of the on-call rota; `position` is the ladder order. */
export interface AlertRotaTable {
  position: number;
  staff_id: string;
  days: string;
  start_hour: number;
  end_hour: number;
}

/** An item waiting for people, and how far its on-call ladder has got. */
export interface AlertsTable {
  id: string;
  case_id: string | null;
  queue_item_id: string | null;
  severity: number;
  space: SpaceId;
  // Only to match people's category choices; never put in an alert.
  categories: string;
  raised_at: string;
  next_step: number;
  // null: no further step is due.
  next_step_at: string | null;
  stopped_at: string | null;
  stopped_note: string | null;
}

export type AlertChannel = "email" | "browser" | "push";
export type DeliveryStatus = "pending" | "sending" | "sent" | "skipped";

/** The alert outbox: one row per person and channel. */
export interface AlertDeliveriesTable {
  id: string;
  alert_id: string;
  staff_id: string;
  channel: AlertChannel;
  address: string | null;
  step: number;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** A browser's Web Push subscription (its push service endpoint and keys), for one staff member. */
export interface StaffPushSubscriptionsTable {
  endpoint: string;
  staff_id: string;
  p256dh: string;
  auth: string;
  created_at: string;
}

export interface AuditLogTable {
  seq: number;
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

/** One secret per UTC day, shared by every instance: rate-limit keys are HMACs under it. */
export interface RateLimitSecretsTable {
  day: string;
  secret: string;
}

/** A request count per hashed client key; `reset_at` in epoch milliseconds. */
export interface RateLimitCountersTable {
  key: string;
  count: number;
  reset_at: number;
}

export interface Database {
  rate_limit_secrets: RateLimitSecretsTable;
  rate_limit_counters: RateLimitCountersTable;
  spaces: SpacesTable;
  identities: IdentitiesTable;
  sessions: SessionsTable;
  threads: ThreadsTable;
  posts: PostsTable;
  staff: StaffTable;
  staff_sessions: StaffSessionsTable;
  queue_items: QueueItemsTable;
  reports: ReportsTable;
  cases: CasesTable;
  case_actions: CaseActionsTable;
  messages: MessagesTable;
  case_contacts: CaseContactsTable;
  watched_word_versions: WatchedWordVersionsTable;
  staff_alert_settings: StaffAlertSettingsTable;
  alert_rota: AlertRotaTable;
  alerts: AlertsTable;
  alert_deliveries: AlertDeliveriesTable;
  staff_push_subscriptions: StaffPushSubscriptionsTable;
  audit_log: AuditLogTable;
}

export type Staff = Selectable<StaffTable>;
export type QueueItem = Selectable<QueueItemsTable>;
export type Case = Selectable<CasesTable>;

export type Identity = Selectable<IdentitiesTable>;
export type Thread = Selectable<ThreadsTable>;
export type Post = Selectable<PostsTable>;
export type NewPost = Insertable<PostsTable>;
export type { Generated };
