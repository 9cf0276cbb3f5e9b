// Every call the staff area makes to Harbour's staff API goes through this file.
// The staff session is an httpOnly cookie (harbour_staff), separate from the forum's.
// Calls never throw: they return a Result carrying the server's own plain sentence.
import { requestJson, type Result } from "../lib/http";
import type { AlertSettings as OwnAlertSettings } from "../../../server/alerts/settings.ts";

export type StaffRole = "moderator" | "safeguarding_lead" | "partnership_lead" | "admin";
export type Decision = "publish" | "publish_redacted" | "reject" | "remove" | "escalate";

export interface StaffMe {
  username: string;
  role: StaffRole;
}

export interface SignedIn extends StaffMe {
  mustChangePassword: boolean;
}

export interface Enrolment {
  enrolmentRequired: true;
  otpauthUri: string;
  secret: string;
  qrDataUrl: string;
}

export interface Segment {
  text: string;
  category?: string;
}

export interface QueueSummary {
  id: string;
  postId: string;
  severity: number;
  categories: string[];
  createdAt: string;
  kind: "post" | "report";
  space: string;
  postStatus: string;
  isThreadStart: boolean;
  preview: string;
  waitingMinutes: number;
  targetMinutes: number;
  overdue: boolean;
  claimedBy: string | null;
  actions: Decision[];
}

export interface Template {
  id: string;
  label: string;
  text?: string;
}

export interface QueueItem extends QueueSummary {
  title: string | null;
  titleSegments: Segment[] | null;
  body: string;
  bodySegments: Segment[];
  reports: { reason: string; createdAt: string }[];
  status: string;
  decision: string | null;
}

export interface QueueEvent {
  type: "queued" | "decided" | "escalated" | "claimed" | "released" | "resync";
  itemId: string;
  severity: number;
}

export type CaseStatus = "open" | "closed";

export interface CaseSummary {
  id: string;
  postId: string | null;
  severity: number;
  categories: string[];
  status: CaseStatus;
  openedAt: string;
  space: string;
  firstResponseAt: string | null;
  closedAt: string | null;
  outcome: string | null;
  thresholdLevel: number | null;
  iceCategory: string | null;
  handledBy: string | null;
  contactState: "asked" | "declined" | "shared" | "withdrawn" | "deleted" | null;
}

export interface CaseDetail extends CaseSummary {
  handledByMe: boolean;
  handledSince: string | null;
  outcomeNote: string | null;
  authorReachable: boolean;
  post: { body: string; status: string; segments: Segment[] } | null;
  timeline: { minutesToFirstResponse: number | null; minutesToClosure: number | null };
  actions: { id: string; type: string; note: string | null; at: string; by: string }[];
  messages: { id: string; body: string; at: string; from: string; asksForContact: boolean }[];
}

export interface CaseVocabulary {
  actions: string[];
  iceCategories: string[];
  thresholdLevels: Record<string, string>;
  outcomes: string[];
}

export interface AuditEntry {
  id: string;
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  reason: string | null;
}

export type AuditCheck =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAtSeq: number; problem: string };

export interface StaffUser {
  username: string;
  role: StaffRole;
  disabled: boolean;
  enrolled: boolean;
  createdAt: string;
}

export interface SpaceSetting {
  id: string;
  name: string;
  premoderate: boolean;
}

export type Count = number | "<5";
export type CountTable = Record<string, Count>;

export interface FigureRow {
  period: string;
  dimension: string;
  value: string;
  count: Count;
}

export interface ResponseTimes {
  cases: Count;
  targetMinutes: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  withinTarget: Count;
}

export interface Figures {
  period: "week" | "month";
  from: string;
  to: string;
  note: string;
  periods: string[];
  rows: FigureRow[];
  totals: FigureRow[];
  responseTimes: { urgent: ResponseTimes; escalated: ResponseTimes };
}

export interface WatchedWord {
  id: string;
  phrase: string;
  category: string;
  active: boolean;
  by: string;
  at: string;
  reason: string;
}

export interface WatchedWords {
  version: number;
  words: WatchedWord[];
  disabledRules: { ruleId: string; by: string; at: string; reason: string }[];
  categories: string[];
  versions: { version: number; by: string; at: string; change: string; reason: string }[];
}

export interface BuiltInRule {
  id: string;
  category: string;
  note: string;
  active: boolean;
  disabled: { by: string; at: string; reason: string } | null;
}

export type WatchedPreviewInput = { phrase: string; category: string; id?: string } | { id: string; active: boolean } | { ruleId: string; active: boolean };

export interface WatchedPreview {
  matches: { postId: string; severityNow: number; severityWith: number; categoriesNow: string[]; categoriesWith: string[]; createdAt: string; excerpt: string }[];
  scanned: number;
  days: number;
  change: string;
}

export type { Result } from "../lib/http";

export interface AlertSettings extends OwnAlertSettings {
  emailAvailable: boolean;
  timeZone: string;
}

export interface WaitingAlert {
  id: string;
  alertId: string;
  severity: number;
  space: string;
  raisedAt: string;
  title: string;
  body: string;
}

export interface AlertStatus {
  email: { configured: boolean; failing: number; failingSince: string | null; problem: string | null; lastSentAt: string | null };
}

export interface AlertView {
  id: string;
  severity: number;
  space: string;
  raisedAt: string;
  answered: boolean;
  answeredNote: string | null;
  caseId: string | null;
  queueItemId: string | null;
  title: string;
  body: string;
}

export interface RotaEntry {
  username: string;
  days: number[];
  startHour: number;
  endHour: number;
}

export interface Rota {
  timeZone: string;
  leads: string[];
  entries: Array<RotaEntry & { position: number; active: boolean; hasEmail: boolean; staffPage: boolean }>;
}

let onSignedOut: (() => void) | null = null;

/** Called (once per 401) when a staff call finds the session gone: timed out or signed out elsewhere. */
export function whenSessionEnds(handler: (() => void) | null): void {
  onSignedOut = handler;
}

async function request<T>(method: string, path: string, body?: unknown, opts: { signIn?: boolean } = {}): Promise<Result<T>> {
  const res = await requestJson<T>(method, path, body);
  // On sign-in calls a 401 means "wrong password or code"; anywhere else, the session has ended.
  if (!res.ok && res.status === 401 && !opts.signIn) onSignedOut?.();
  return res;
}

const enc = encodeURIComponent;

export const staffApi = {
  login: (username: string, password: string, totp: string) =>
    request<SignedIn | Enrolment>("POST", "/api/staff/login", { username, password, ...(totp ? { totp } : {}) }, { signIn: true }),
  enrol: (totp: string) => request<SignedIn>("POST", "/api/staff/enrol", { totp }, { signIn: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<{ ok: true }>("POST", "/api/staff/password", { currentPassword, newPassword }, { signIn: true }),
  logout: () => request<{ ok: true }>("POST", "/api/staff/logout", {}, { signIn: true }),
  /** Quietly asks who is signed in: a 401 here just means "nobody". */
  me: () => request<SignedIn>("GET", "/api/staff/me", undefined, { signIn: true }),

  alertSettings: () => request<AlertSettings>("GET", "/api/staff/me/alerts"),
  saveAlertSettings: (input: OwnAlertSettings) => request<AlertSettings>("PUT", "/api/staff/me/alerts", input),
  pushInfo: () => request<{ available: boolean; publicKey: string | null; subscribed: number }>("GET", "/api/staff/me/push"),
  subscribePush: (subscription: PushSubscriptionJSON) => request<{ ok: true }>("POST", "/api/staff/me/push", subscription),
  unsubscribePush: (endpoint: string) => request<{ ok: true }>("POST", "/api/staff/me/push/remove", { endpoint }),
  waitingAlerts: () => request<{ alerts: WaitingAlert[] }>("GET", "/api/staff/me/alerts/waiting"),
  alertShown: (id: string) => request<{ ok: true }>("POST", `/api/staff/me/alerts/waiting/${enc(id)}/shown`, {}),
  alertStatus: () => request<AlertStatus>("GET", "/api/staff/alerts/status"),
  alert: (id: string) => request<AlertView>("GET", `/api/staff/alerts/${enc(id)}`),
  acknowledgeAlert: (id: string) => request<{ ok: true; caseId?: string; queueItemId?: string | null }>("POST", `/api/staff/alerts/${enc(id)}/acknowledge`, {}),
  rota: () => request<Rota>("GET", "/api/staff/rota"),
  saveRota: (entries: RotaEntry[]) => request<{ ok: true }>("PUT", "/api/staff/rota", { entries }),

  queue: () => request<{ items: QueueSummary[]; templates: Template[] }>("GET", "/api/staff/queue"),
  queueItem: (id: string) => request<{ item: QueueItem; templates: Template[] }>("GET", `/api/staff/queue/${enc(id)}`),
  claim: (id: string) => request<{ ok: true }>("POST", `/api/staff/queue/${enc(id)}/claim`, {}),
  release: (id: string) => request<{ ok: true }>("POST", `/api/staff/queue/${enc(id)}/release`, {}),
  decide: (id: string, input: { action: Decision; reason?: string; templateId?: string }) =>
    request<{ ok: true; postStatus: string }>("POST", `/api/staff/queue/${enc(id)}/decision`, input),

  cases: (status: "open" | "closed" | "all") => request<{ cases: CaseSummary[] }>("GET", `/api/staff/cases?status=${enc(status)}`),
  caseDetail: (id: string) => request<{ case: CaseDetail; vocabulary: CaseVocabulary }>("GET", `/api/staff/cases/${enc(id)}`),
  caseAction: (id: string, input: { type: string; note?: string; consent?: boolean; withoutConsentBecause?: string }) =>
    request<{ ok: true }>("POST", `/api/staff/cases/${enc(id)}/actions`, input),
  caseRecord: (id: string, input: { thresholdLevel?: number | null; iceCategory?: string | null }) =>
    request<{ ok: true }>("POST", `/api/staff/cases/${enc(id)}/record`, input),
  caseMessage: (id: string, body: string, askForContact: boolean) =>
    request<{ ok: true }>("POST", `/api/staff/cases/${enc(id)}/messages`, { body, ...(askForContact ? { askForContact } : {}) }),
  claimCase: (id: string, reason?: string) =>
    request<{ ok: true }>("POST", `/api/staff/cases/${enc(id)}/claim`, reason ? { takeOver: true, reason } : {}),
  handOver: (id: string, to: string, note?: string) =>
    request<{ ok: true }>("POST", `/api/staff/cases/${enc(id)}/handover`, { to, ...(note ? { note } : {}) }),
  leads: () => request<{ leads: string[] }>("GET", "/api/staff/leads"),
  caseContact: (id: string) => request<{ contact: string }>("GET", `/api/staff/cases/${enc(id)}/contact`),
  closeCase: (id: string, outcome: string, note?: string) =>
    request<{ ok: true }>("POST", `/api/staff/cases/${enc(id)}/close`, { outcome, ...(note ? { note } : {}) }),

  audit: (before?: number, limit = 100) => {
    const q = new URLSearchParams({ limit: String(limit) });
    if (before !== undefined) q.set("before", String(before));
    return request<{ entries: AuditEntry[] }>("GET", `/api/staff/audit?${q.toString()}`);
  },
  verifyAudit: () => request<AuditCheck>("GET", "/api/staff/audit/verify"),

  users: () => request<{ users: StaffUser[] }>("GET", "/api/staff/users"),
  createUser: (username: string, role: StaffRole) =>
    request<{ username: string; role: StaffRole; temporaryPassword: string }>("POST", "/api/staff/users", { username, role }),
  disableUser: (username: string, reason?: string) =>
    request<{ ok: true }>("POST", `/api/staff/users/${enc(username)}/disable`, reason ? { reason } : {}),

  spaces: () => request<{ spaces: SpaceSetting[] }>("GET", "/api/staff/spaces"),
  setPremoderate: (space: string, premoderate: boolean) =>
    request<{ ok: true }>("POST", `/api/staff/spaces/${enc(space)}/settings`, { premoderate }),

  watchedWords: () => request<WatchedWords>("GET", "/api/staff/watched-words"),
  builtInRules: () => request<{ rules: BuiltInRule[] }>("GET", "/api/staff/watched-words/rules"),
  previewWatched: (input: WatchedPreviewInput) => request<WatchedPreview>("POST", "/api/staff/watched-words/preview", input),
  addWatched: (phrase: string, category: string, reason: string) =>
    request<{ id: string; version: number }>("POST", "/api/staff/watched-words", { phrase, category, reason }),
  changeWatched: (id: string, input: { phrase?: string; category?: string; active?: boolean; reason: string }) =>
    request<{ version: number }>("POST", `/api/staff/watched-words/${enc(id)}`, input),
  setRule: (ruleId: string, active: boolean, reason: string) =>
    request<{ version: number }>("POST", `/api/staff/watched-words/rules/${enc(ruleId)}`, { active, reason }),
  rollbackWatched: (version: number, reason?: string) =>
    request<{ version: number }>("POST", "/api/staff/watched-words/rollback", { version, ...(reason ? { reason } : {}) }),

  figures: (from: string, to: string, period: "week" | "month") =>
    request<Figures>("GET", `/api/partnership/figures?${new URLSearchParams({ from, to, period }).toString()}`),
};

export const QUEUE_EVENTS_URL = "/api/staff/queue/events";
