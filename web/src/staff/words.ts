// The words the staff area uses for the API's codes. Severity is always said in words,
// never shown by colour alone.
import type { Decision, QueueSummary, StaffRole } from "./api";

export const roleName: Record<StaffRole, string> = {
  moderator: "Moderator",
  safeguarding_lead: "Safeguarding lead",
  partnership_lead: "Partnership lead",
  admin: "Admin",
};

export function severityWord(severity: number): string {
  if (severity >= 4) return "Urgent";
  if (severity === 3) return "Safeguarding";
  if (severity === 2) return "Review";
  return "Pre-moderation";
}

/** A CSS modifier for the severity badge (colour is only a helper next to the word). */
export function severityClass(severity: number): string {
  if (severity >= 4) return "sev sev--urgent";
  if (severity === 3) return "sev sev--safeguarding";
  if (severity === 2) return "sev sev--review";
  return "sev sev--pre";
}

const categoryWords: Record<string, string> = {
  immediate_danger: "immediate danger",
  self_harm: "self-harm or suicide",
  grooming: "grooming",
  sextortion: "sextortion",
  image_abuse: "image abuse",
  abuse_disclosure: "abuse disclosure",
  sexual_content: "sexual content",
  bullying: "bullying",
  contact_seeking: "contact seeking",
  pii: "personal details",
  profanity: "swearing",
};

export const categoryWord = (c: string): string => categoryWords[c] ?? c.replace(/_/g, " ");

export function categoryList(categories: readonly string[]): string {
  if (categories.length === 0) return "no matched category";
  return categories.map(categoryWord).join(", ");
}

const spaceWords: Record<string, string> = {
  "young-people": "Young people (13–17)",
  parents: "Parents and carers",
};
export const spaceWord = (s: string): string => spaceWords[s] ?? s;

const postStatusWords: Record<string, string> = {
  published: "Published",
  waiting_for_moderator: "Waiting for a moderator",
  with_safeguarding_team: "With the safeguarding team",
  not_published: "Not published",
  removed: "Removed",
  deleted_by_author: "Deleted by its author: a copy with personal details hidden is kept for this case",
};
export const postStatusWord = (s: string): string => postStatusWords[s] ?? s.replace(/_/g, " ");

export function kindWord(item: Pick<QueueSummary, "kind" | "isThreadStart">): string {
  if (item.kind === "report") return "Reported post";
  return item.isThreadStart ? "New thread" : "Reply";
}

export const decisionLabel: Record<Decision, string> = {
  publish: "Publish",
  publish_redacted: "Publish with personal details hidden",
  reject: "Don't publish",
  remove: "Take down",
  escalate: "Escalate to safeguarding team",
};

/** What a decision did, said back to the staff member afterwards. */
export const decisionDone: Record<Decision, string> = {
  publish: "Published.",
  publish_redacted: "Published with personal details hidden.",
  reject: "Not published. The author can see the reason you chose.",
  remove: "Taken down. The author can see the reason you chose.",
  escalate: "Escalated to the safeguarding team. A case is open.",
};

const caseActionWords: Record<string, string> = {
  opened: "Case opened",
  escalated: "Escalated by a moderator",
  signposted: "Signposted to help",
  messaged_author: "Messaged the author",
  author_replied: "Author replied",
  author_shared_contact_details: "Author shared contact details",
  referred_ceop: "Referred to CEOP",
  referred_police: "Referred to the police",
  referred_childrens_social_care: "Referred to children's social care",
  referred_school_dsl: "Referred to the school's DSL",
  advice_to_parent: "Advice given to a parent",
  note: "Note",
  post_published: "Post published",
  post_edited: "Post edited",
  post_kept_unpublished: "Post kept unpublished",
  closed: "Case closed",
  claimed: "Became the handling lead",
  taken_over: "Took the case over",
  handed_over: "Handed the case over",
  asked_for_contact: "Asked the author whether they'd share a way to reach them",
  contact_shared: "Author shared a way to reach them (with consent)",
  contact_declined: "Author chose not to share contact details",
  contact_withdrawn: "Author took back their contact details (deleted)",
  contact_read: "Opened the author's contact details",
  contact_deleted: "Contact details deleted",
  alert_sent: "Staff alerted",
  alert_delivered: "Alert email delivered",
  alert_failed: "Alert email not delivered yet",
  alert_answered: "Alert answered",
};

const contactStateWords: Record<string, string> = {
  asked: "Asked; waiting for the author's answer",
  declined: "The author said no thanks",
  shared: "Shared by the author, with consent",
  withdrawn: "The author took them back (deleted)",
  deleted: "Deleted when the case closed",
};
export const contactStateWord = (s: string | null): string => (s ? (contactStateWords[s] ?? sentence(s)) : "Not asked");
export const caseActionWord = (t: string): string => caseActionWords[t] ?? sentence(t);

export const isReferral = (t: string): boolean => t.startsWith("referred_");

const outcomeWords: Record<string, string> = {
  resolved_with_support: "Resolved with support",
  referred_on: "Referred on",
  author_stopped_responding: "Author stopped responding",
  no_concern_on_review: "No concern on review",
};
export const outcomeWord = (o: string): string => outcomeWords[o] ?? sentence(o);

/** ICE categories and other snake_case codes, as a sentence: "sexual_communication_with_a_child" → "Sexual communication with a child". */
export function sentence(code: string): string {
  const s = code.replace(/_/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const dateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

export function when(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : dateTime.format(d);
}

/** "45 min", "3 h 5 min", "2 days 4 h". */
export function duration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  if (m < 24 * 60) {
    const h = Math.floor(m / 60);
    const rest = m % 60;
    return rest ? `${h} h ${rest} min` : `${h} h`;
  }
  const d = Math.floor(m / (24 * 60));
  const h = Math.floor((m % (24 * 60)) / 60);
  return `${d} ${d === 1 ? "day" : "days"}${h ? ` ${h} h` : ""}`;
}

export function minutesBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 60_000);
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
