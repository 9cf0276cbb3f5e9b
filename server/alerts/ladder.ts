import { windowCovers, ALL_DAYS } from "./hours.ts";
import { defaultSettings, type AlertSettings } from "./settings.ts";

export interface Person {
  id: string;
  username: string;
  role: string;
  settings: AlertSettings;
}

export interface RotaLine {
  staffId: string;
  days: number[];
  startHour: number;
  endHour: number;
}

export interface Step {
  /** Who this step alerts, and why, in words for the case timeline. */
  people: Person[];
  label: string;
  /** Whether a later step follows if nobody answers. */
  more: boolean;
}

/**
 * The on-call ladder for an item of `severity` at step `step` (0 first). Urgent and escalated
 * items go to the first lead on call now, then the next on the rota, then every lead whose own
 * settings take the item (severity, category, hours); with nobody on call it starts at every
 * lead. On call means on call: the rota's hours, not the person's own settings, decide then.
 * Moderators who asked for urgent or escalated items hear at once, for information. Items of
 * severity 2 reach only the people who asked for them.
 */
export function ladderStep(input: { severity: number; categories: string[]; step: number; staff: Person[]; rota: RotaLine[]; now: Date; timeZone: string }): Step {
  const { severity, categories, step, staff, now, timeZone } = input;
  const asked = (p: Person) => wants(p.settings, severity, categories, now, timeZone);
  if (severity < 3) return { people: step === 0 ? staff.filter(asked) : [], label: "people who asked for these alerts", more: false };
  const leads = staff.filter((p) => p.role === "safeguarding_lead");
  const informed = step === 0 ? staff.filter((p) => p.role !== "safeguarding_lead" && asked(p)) : [];
  const onCall = unique(
    input.rota.filter((r) => windowCovers(r, now, timeZone)).map((r) => leads.find((p) => p.id === r.staffId)).filter((p): p is Person => p !== undefined),
  );
  if (step < onCall.length) {
    const label = step === 0 ? "first on call" : step === 1 ? "next on call" : `on call (${step + 1})`;
    return { people: unique([onCall[step]!, ...informed]), label, more: true };
  }
  if (step === onCall.length) return { people: unique([...leads.filter(asked), ...informed]), label: "every safeguarding lead", more: false };
  return { people: [], label: "", more: false };
}

function wants(s: AlertSettings, severity: number, categories: string[], now: Date, timeZone: string): boolean {
  if (!s.severities.includes(severity)) return false;
  if (s.categories && !categories.some((c) => s.categories!.includes(c))) return false;
  return inHours(s, now, timeZone);
}

function inHours(s: AlertSettings, now: Date, timeZone: string): boolean {
  return s.hours === null || windowCovers({ days: ALL_DAYS, startHour: s.hours.from, endHour: s.hours.to }, now, timeZone);
}

function unique(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.id) && seen.add(p.id));
}

/** Settings as stored (null columns: the person never chose), in the shape the ladder reads. */
export function settingsFromRow(
  role: string,
  row: { email: string | null; severities: string | null; categories: string | null; from_hour: number | null; to_hour: number | null; browser: number | null } | undefined,
): AlertSettings {
  if (!row || row.severities === null) return defaultSettings(role);
  return {
    email: row.email,
    severities: JSON.parse(row.severities) as number[],
    categories: row.categories ? (JSON.parse(row.categories) as string[]) : null,
    hours: row.from_hour === null || row.to_hour === null ? null : { from: row.from_hour, to: row.to_hour },
    browser: row.browser !== 0,
  };
}
