import type { Kysely } from "kysely";
import type { Dialect } from "../db/connect.ts";
import { appendAudit } from "../db/repos/audit.ts";
import type { Database } from "../db/schema.ts";

// One method per staff action, each writing one row with a stable action code, so the log
// reads the same way every time (QS4: consistent recording).
export function staffActionLog(db: Kysely<Database>, dialect: Dialect, actor: string) {
  const write = (action: string, target: string | null, reason?: string | null) =>
    appendAudit(db, dialect, { actor, action, target, reason: reason ?? null });
  return {
    loggedIn: () => write("staff.login", `staff:${actor}`),
    loginFailed: (why: string) => write("staff.login_failed", `staff:${actor}`, why),
    loggedOut: () => write("staff.logout", `staff:${actor}`),
    enrolledTotp: () => write("staff.totp_enrolled", `staff:${actor}`),
    changedPassword: () => write("staff.password_changed", `staff:${actor}`),
    createdStaff: (username: string, role: string) => write("staff.created", `staff:${username}`, `role ${role}`),
    disabledStaff: (username: string, reason: string | null) => write("staff.disabled", `staff:${username}`, reason),
    enabledStaff: (username: string) => write("staff.enabled", `staff:${username}`),
    resetStaff: (username: string) => write("staff.reset", `staff:${username}`, "new one-time password; TOTP to be set up again"),
    viewedHeldPost: (postId: string) => write("post.viewed_held", `post:${postId}`),
    claimed: (itemId: string) => write("queue.claimed", `queue:${itemId}`),
    released: (itemId: string) => write("queue.released", `queue:${itemId}`),
    decided: (itemId: string, decision: string, reason: string | null) => write(`queue.${decision}`, `queue:${itemId}`, reason),
    changedSpaceSetting: (space: string, setting: string) => write("space.setting_changed", `space:${space}`, setting),
    viewedCase: (caseId: string) => write("case.viewed", `case:${caseId}`),
    recordedCaseAction: (caseId: string, type: string, note: string | null) => write(`case.${type}`, `case:${caseId}`, note),
    closedCase: (caseId: string, outcome: string, note: string | null) => write("case.closed", `case:${caseId}`, `${outcome}${note ? `: ${note}` : ""}`),
    messagedAuthor: (caseId: string) => write("case.messaged_author", `case:${caseId}`),
    previewedWatchedWords: (change: string) => write("watched_words.previewed", null, change),
    changedWatchedWords: (version: number, change: string, reason: string) => write("watched_words.changed", `watched_words:${version}`, `${change}. Why: ${reason}`),
    claimedCase: (caseId: string, from: string | null, reason: string | null) =>
      write(from ? "case.taken_over" : "case.claimed", `case:${caseId}`, from ? `from ${from}${reason ? `: ${reason}` : ""}` : null),
    handedOverCase: (caseId: string, to: string, note: string | null) => write("case.handed_over", `case:${caseId}`, `to ${to}${note ? `: ${note}` : ""}`),
    askedForContact: (caseId: string) => write("case.asked_for_contact", `case:${caseId}`),
    readContact: (caseId: string) => write("case.contact_read", `case:${caseId}`),
    viewedFigures: (range: string) => write("figures.viewed", null, range),
    viewedAudit: () => write("audit.viewed", null),
    changedAlertSettings: (summary: string) => write("alerts.settings_changed", `staff:${actor}`, summary),
    changedRota: (summary: string) => write("alerts.rota_changed", null, summary),
    acknowledgedAlert: (alertId: string) => write("alert.acknowledged", `alert:${alertId}`),
  };
}

export type StaffActionLog = ReturnType<typeof staffActionLog>;
