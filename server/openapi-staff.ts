import { authorMessageSchema } from "./routes/author-messages.ts";
import { reportSchema } from "./routes/reports.ts";
import { createStaffSchema, disableStaffSchema } from "./routes/staff-admin.ts";
import { enrolSchema, loginSchema, passwordSchema } from "./routes/staff-auth.ts";
import { contactDeclineSchema, contactShareSchema } from "./routes/author-contact.ts";
import { caseActionSchema, caseClaimSchema, caseCloseSchema, caseHandoverSchema, caseMessageSchema, caseRecordSchema } from "./routes/staff-cases.ts";
import { watchedAddSchema, watchedChangeSchema, watchedPreviewSchema, watchedRollbackSchema, watchedRuleSchema } from "./routes/staff-watched-words.ts";
import { decisionSchema } from "./routes/staff-queue.ts";
import { spaceSettingsSchema } from "./routes/staff-spaces.ts";
import { pushRemoveSchema, pushSubscriptionSchema, rotaSchema } from "./routes/staff-alerts.ts";
import { alertSettingsSchema } from "./alerts/settings.ts";
import type { Operation } from "./openapi.ts";

const staffErrors = [400, 401, 403, 404, 409, 415];

export const safeguardingOperations: Operation[] = [
  { method: "get", path: "/api/report-reasons", summary: "Suggested reasons for reporting a post", ok: 200 },
  { method: "post", path: "/api/posts/{id}/reports", summary: "Report a published post; three different people hide it until a moderator decides", body: reportSchema, ok: 201, errors: [400, 401, 403, 404, 429] },
  { method: "get", path: "/api/me/messages", summary: "Private messages between the author and Harbour's team", ok: 200, errors: [401] },
  { method: "post", path: "/api/me/messages/read", summary: "Mark the team's messages as read", ok: 200, errors: [401] },
  { method: "post", path: "/api/me/messages", summary: "Reply to Harbour's team", body: authorMessageSchema, ok: 201, errors: [400, 401, 409] },
  { method: "get", path: "/api/privacy", summary: "The privacy page's words for a space (query space), made from the retention configuration", ok: 200, errors: [400] },
  { method: "get", path: "/api/me/data", summary: "Everything Harbour holds under your made-up name, as a JSON file", ok: 200, errors: [401] },
  { method: "get", path: "/api/me/contact", summary: "Where each request from the team for contact details stands (never the details)", ok: 200, errors: [401] },
  { method: "post", path: "/api/me/contact", summary: "Share how to reach you, by your choice, on your own case after the team asked (consent must be true)", body: contactShareSchema, ok: 201, errors: [400, 401, 404, 409, 415] },
  { method: "post", path: "/api/me/contact/decline", summary: "Say no to the team's request for contact details", body: contactDeclineSchema, ok: 200, errors: [400, 401, 404, 409, 415] },
  { method: "delete", path: "/api/me/contact/{caseId}", summary: "Take back contact details you shared: they are deleted at once", ok: 200, errors: [401, 404, 409] },
  { method: "post", path: "/api/staff/login", summary: "Staff sign-in: password and TOTP code (first sign-in returns TOTP enrolment instead)", body: loginSchema, ok: 200, errors: [400, 401, 429] },
  { method: "post", path: "/api/staff/enrol", summary: "Confirm TOTP enrolment with one code", body: enrolSchema, ok: 200, errors: [400, 401, 409] },
  { method: "post", path: "/api/staff/logout", summary: "End the staff session", ok: 200 },
  { method: "get", path: "/api/staff/me", summary: "The signed-in staff member", ok: 200, errors: [401] },
  { method: "post", path: "/api/staff/password", summary: "Change password (ends other sessions)", body: passwordSchema, ok: 200, errors: [400, 401] },
  { method: "get", path: "/api/staff/queue", summary: "Pending items, highest severity first, then oldest (moderators, safeguarding leads)", ok: 200, errors: [401, 403] },
  { method: "get", path: "/api/staff/queue/events", summary: "Server-sent events: queued, decided, escalated, claimed, released", ok: 200, errors: [401, 403] },
  { method: "get", path: "/api/staff/queue/{id}", summary: "One item with full text and highlighted matches (audited as a view)", ok: 200, errors: [401, 403, 404] },
  { method: "post", path: "/api/staff/queue/{id}/claim", summary: "Claim an item for 30 minutes", ok: 200, errors: staffErrors },
  { method: "post", path: "/api/staff/queue/{id}/release", summary: "Release a claim", ok: 200, errors: staffErrors },
  { method: "post", path: "/api/staff/queue/{id}/decision", summary: "publish | publish_redacted | reject | remove | escalate", body: decisionSchema, ok: 200, errors: staffErrors },
  { method: "get", path: "/api/staff/cases", summary: "Safeguarding cases (safeguarding leads)", ok: 200, errors: [400, 401, 403] },
  { method: "get", path: "/api/staff/leads", summary: "Active safeguarding leads (whom a case can be handed to)", ok: 200, errors: [401, 403] },
  { method: "get", path: "/api/staff/cases/{id}", summary: "A case with its post, actions, messages and timeline", ok: 200, errors: [401, 403, 404] },
  { method: "post", path: "/api/staff/cases/{id}/actions", summary: "Record a time-stamped, attributed action", body: caseActionSchema, ok: 201, errors: staffErrors },
  { method: "post", path: "/api/staff/cases/{id}/record", summary: "Record threshold level and ICE category", body: caseRecordSchema, ok: 200, errors: staffErrors },
  { method: "post", path: "/api/staff/cases/{id}/messages", summary: "Message the author privately; askForContact invites them to share how to reach them (makes you the handling lead)", body: caseMessageSchema, ok: 201, errors: staffErrors },
  { method: "post", path: "/api/staff/cases/{id}/claim", summary: "Become the case's handling lead (takeOver with a reason when someone else has it)", body: caseClaimSchema, ok: 200, errors: staffErrors },
  { method: "post", path: "/api/staff/cases/{id}/handover", summary: "Hand the case to another safeguarding lead (handling lead only)", body: caseHandoverSchema, ok: 200, errors: staffErrors },
  { method: "get", path: "/api/staff/cases/{id}/contact", summary: "The author's shared contact details: the handling lead only, every read audited", ok: 200, errors: [401, 403, 404, 409] },
  { method: "post", path: "/api/staff/cases/{id}/close", summary: "Close with an outcome", body: caseCloseSchema, ok: 200, errors: staffErrors },
  { method: "get", path: "/api/staff/watched-words", summary: "The active watched words, switched-off built-in rules and every version (safeguarding leads, admins)", ok: 200, errors: [401, 403] },
  { method: "get", path: "/api/staff/watched-words/rules", summary: "Built-in rules, and which are switched off (safeguarding leads, admins)", ok: 200, errors: [401, 403] },
  { method: "post", path: "/api/staff/watched-words/preview", summary: "What a change would do to the posts of the last 30 days (safeguarding leads)", body: watchedPreviewSchema, ok: 200, errors: staffErrors },
  { method: "post", path: "/api/staff/watched-words", summary: "Watch a new phrase for a category, with a reason: a new version (safeguarding leads)", body: watchedAddSchema, ok: 201, errors: staffErrors },
  { method: "post", path: "/api/staff/watched-words/rollback", summary: "Make an earlier version active again (recorded as a new version)", body: watchedRollbackSchema, ok: 200, errors: staffErrors },
  { method: "post", path: "/api/staff/watched-words/rules/{ruleId}", summary: "Switch a built-in rule off or back on, with a reason", body: watchedRuleSchema, ok: 200, errors: staffErrors },
  { method: "post", path: "/api/staff/watched-words/{id}", summary: "Change or disable a watched phrase, with a reason", body: watchedChangeSchema, ok: 200, errors: staffErrors },
  { method: "get", path: "/api/staff/audit", summary: "Audit log entries, newest first (safeguarding leads, admins)", ok: 200, errors: [400, 401, 403] },
  { method: "get", path: "/api/staff/audit/verify", summary: "Check the audit log's hash chain", ok: 200, errors: [401, 403] },
  { method: "get", path: "/api/staff/users", summary: "Staff accounts (admins)", ok: 200, errors: [401, 403] },
  { method: "post", path: "/api/staff/users", summary: "Create a staff account; returns a one-time password", body: createStaffSchema, ok: 201, errors: staffErrors },
  { method: "post", path: "/api/staff/users/{username}/disable", summary: "Disable a staff account and end its sessions", body: disableStaffSchema, ok: 200, errors: staffErrors },
  { method: "post", path: "/api/staff/users/{username}/enable", summary: "Re-enable a disabled staff account", ok: 200, errors: staffErrors },
  { method: "post", path: "/api/staff/users/{username}/reset", summary: "New one-time password; TOTP is set up again at next sign-in", ok: 200, errors: staffErrors },
  { method: "get", path: "/api/staff/me/alerts", summary: "Your own alert settings: email, severities, categories, hours, staff-page notifications (moderators, leads)", ok: 200, errors: [401, 403] },
  { method: "put", path: "/api/staff/me/alerts", summary: "Set your own alert address and which severities (2-4), categories and hours alert you", body: alertSettingsSchema, ok: 200, errors: [400, 401, 403, 415] },
  { method: "get", path: "/api/staff/me/push", summary: "Whether Web Push is set up (and its VAPID public key), and how many of your browsers are subscribed", ok: 200, errors: [401, 403] },
  { method: "post", path: "/api/staff/me/push", summary: "Subscribe this browser to alert push notifications (its PushSubscription as JSON)", body: pushSubscriptionSchema, ok: 201, errors: [400, 401, 403, 409, 415] },
  { method: "post", path: "/api/staff/me/push/remove", summary: "Unsubscribe a browser from push notifications", body: pushRemoveSchema, ok: 200, errors: [400, 401, 403, 404, 415] },
  { method: "get", path: "/api/staff/me/alerts/waiting", summary: "Alerts for you that an open staff tab should show as notifications", ok: 200, errors: [401, 403] },
  { method: "post", path: "/api/staff/me/alerts/waiting/{id}/shown", summary: "A waiting alert was shown as a notification", ok: 200, errors: [401, 403, 404] },
  { method: "get", path: "/api/staff/alerts/status", summary: "Whether alert emails are getting out (every staff role)", ok: 200, errors: [401] },
  { method: "get", path: "/api/staff/alerts/{id}", summary: "An alert: severity, space and whether anyone answered (never the post)", ok: 200, errors: [401, 403, 404] },
  { method: "post", path: "/api/staff/alerts/{id}/acknowledge", summary: "I'm on it: a lead takes the case (stopping the ladder); a moderator answers a post's alert", ok: 200, errors: staffErrors },
  { method: "get", path: "/api/staff/rota", summary: "The on-call rota in ladder order (safeguarding leads, admins)", ok: 200, errors: [401, 403] },
  { method: "put", path: "/api/staff/rota", summary: "Replace the on-call rota: who, which days, which local hours", body: rotaSchema, ok: 200, errors: [400, 401, 403, 415] },
  { method: "get", path: "/api/staff/spaces", summary: "Space settings", ok: 200, errors: [401] },
  { method: "post", path: "/api/staff/spaces/{space}/settings", summary: "Switch pre-moderation on or off", body: spaceSettingsSchema, ok: 200, errors: staffErrors },
  { method: "get", path: "/api/partnership/figures", summary: "Aggregate figures over whole periods (query from, to as YYYY-MM-DD, period week|month); 1-4 shown as \"<5\", other counts rounded to 5", ok: 200, errors: [400, 401, 403] },
  { method: "get", path: "/api/partnership/figures.csv", summary: "The same figures as CSV: period,dimension,value,count", ok: 200, errors: [400, 401, 403] },
];
