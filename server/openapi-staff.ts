import { authorMessageSchema } from "./routes/author-messages.ts";
import { reportSchema } from "./routes/reports.ts";
import { createStaffSchema, disableStaffSchema } from "./routes/staff-admin.ts";
import { enrolSchema, loginSchema, passwordSchema } from "./routes/staff-auth.ts";
import { caseActionSchema, caseCloseSchema, caseMessageSchema, caseRecordSchema } from "./routes/staff-cases.ts";
import { decisionSchema } from "./routes/staff-queue.ts";
import { spaceSettingsSchema } from "./routes/staff-spaces.ts";
import type { Operation } from "./openapi.ts";

const staffErrors = [400, 401, 403, 404, 409, 415];

export const safeguardingOperations: Operation[] = [
  { method: "get", path: "/api/report-reasons", summary: "Suggested reasons for reporting a post", ok: 200 },
  { method: "post", path: "/api/posts/{id}/reports", summary: "Report a published post; three different people hide it until a moderator decides", body: reportSchema, ok: 201, errors: [400, 401, 403, 404, 429] },
  { method: "get", path: "/api/me/messages", summary: "Private messages between the author and Harbour's team", ok: 200, errors: [401] },
  { method: "post", path: "/api/me/messages/read", summary: "Mark the team's messages as read", ok: 200, errors: [401] },
  { method: "post", path: "/api/me/messages", summary: "Reply to Harbour's team", body: authorMessageSchema, ok: 201, errors: [400, 401, 409] },
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
  { method: "get", path: "/api/staff/cases/{id}", summary: "A case with its post, actions, messages and timeline", ok: 200, errors: [401, 403, 404] },
  { method: "post", path: "/api/staff/cases/{id}/actions", summary: "Record a time-stamped, attributed action", body: caseActionSchema, ok: 201, errors: staffErrors },
  { method: "post", path: "/api/staff/cases/{id}/record", summary: "Record threshold level and ICE category", body: caseRecordSchema, ok: 200, errors: staffErrors },
  { method: "post", path: "/api/staff/cases/{id}/messages", summary: "Message the author privately", body: caseMessageSchema, ok: 201, errors: staffErrors },
  { method: "post", path: "/api/staff/cases/{id}/close", summary: "Close with an outcome", body: caseCloseSchema, ok: 200, errors: staffErrors },
  { method: "get", path: "/api/staff/audit", summary: "Audit log entries, newest first (safeguarding leads, admins)", ok: 200, errors: [400, 401, 403] },
  { method: "get", path: "/api/staff/audit/verify", summary: "Check the audit log's hash chain", ok: 200, errors: [401, 403] },
  { method: "get", path: "/api/staff/users", summary: "Staff accounts (admins)", ok: 200, errors: [401, 403] },
  { method: "post", path: "/api/staff/users", summary: "Create a staff account; returns a one-time password", body: createStaffSchema, ok: 201, errors: staffErrors },
  { method: "post", path: "/api/staff/users/{username}/disable", summary: "Disable a staff account and end its sessions", body: disableStaffSchema, ok: 200, errors: staffErrors },
  { method: "post", path: "/api/staff/users/{username}/enable", summary: "Re-enable a disabled staff account", ok: 200, errors: staffErrors },
  { method: "post", path: "/api/staff/users/{username}/reset", summary: "New one-time password; TOTP is set up again at next sign-in", ok: 200, errors: staffErrors },
  { method: "get", path: "/api/staff/spaces", summary: "Space settings", ok: 200, errors: [401] },
  { method: "post", path: "/api/staff/spaces/{space}/settings", summary: "Switch pre-moderation on or off", body: spaceSettingsSchema, ok: 200, errors: staffErrors },
  { method: "get", path: "/api/partnership/figures", summary: "Aggregate figures (query from, to as YYYY-MM-DD); counts below 5 shown as \"<5\"", ok: 200, errors: [400, 401, 403] },
];
