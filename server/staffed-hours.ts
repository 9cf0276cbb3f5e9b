export interface StaffedHours {
  timeZone: string;
  // Local hours [start, end) on every day listed (0 = Sunday).
  startHour: number;
  endHour: number;
  days: number[];
}

export const DEFAULT_STAFFED_HOURS: StaffedHours = { timeZone: "Europe/London", startHour: 8, endHour: 22, days: [0, 1, 2, 3, 4, 5, 6] };

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export function localParts(date: Date, timeZone: string): { day: number; hour: number } {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", hour: "numeric", hourCycle: "h23" }).formatToParts(date);
  const weekday = parts.find((p) => p.type === "weekday")?.value ?? "Mon";
  const hour = Number(parts.find((p) => p.type === "hour")?.value ?? 0);
  return { day: WEEKDAYS.indexOf(weekday), hour };
}

export function isStaffed(hours: StaffedHours, at: Date): boolean {
  const { day, hour } = localParts(at, hours.timeZone);
  return hours.days.includes(day) && hour >= hours.startHour && hour < hours.endHour;
}

// When someone will next be reading, to tell an author honestly; null while staffed.
export function nextStaffedAt(hours: StaffedHours, at: Date): Date | null {
  if (isStaffed(hours, at)) return null;
  const t = new Date(at);
  t.setUTCMinutes(0, 0, 0);
  for (let i = 0; i < 24 * 8; i++) {
    t.setUTCHours(t.getUTCHours() + 1);
    if (isStaffed(hours, t)) return t;
  }
  return null;
}

export function describeNextStaffed(hours: StaffedHours, at: Date): string | null {
  const next = nextStaffedAt(hours, at);
  if (!next) return null;
  const when = new Intl.DateTimeFormat("en-GB", { timeZone: hours.timeZone, weekday: "long", hour: "numeric", minute: "2-digit" }).format(next);
  return `Our team isn't around right now, so nobody may read this until ${when}. If you're in danger now, call 999, or talk to Childline any time on 0800 1111.`;
}

const hourWords = (h: number) => (h === 0 || h === 24 ? "midnight" : h === 12 ? "midday" : h < 12 ? `${h}am` : `${h - 12}pm`);
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

// "8am to 10pm (UK time), every day": the words the web app shows, from the same settings.
export function staffedHoursInWords(hours: StaffedHours): string {
  const days =
    hours.days.length === 7 ? "every day"
    : hours.days.join(",") === "1,2,3,4,5" ? "Monday to Friday"
    : hours.days.map((d) => DAY_NAMES[d]).join(", ");
  const zone = hours.timeZone === "Europe/London" ? "UK time" : hours.timeZone;
  return `${hourWords(hours.startHour)} to ${hourWords(hours.endHour)} (${zone}), ${days}`;
}
