// Kind reasons a moderator picks from when a post isn't published or is removed. Each says
// what happened without blame, and what the author can do next.
export interface ReasonTemplate {
  id: string;
  label: string;
  text: string;
}

export const REASON_TEMPLATES: ReasonTemplate[] = [
  {
    id: "personal_details",
    label: "Personal details",
    text: "We didn't publish this because it had personal details in it (like a phone number, address, school or social media name). We keep everyone's details private to keep you safe. You're welcome to post again without them.",
  },
  {
    id: "unkind",
    label: "Could hurt someone",
    text: "We didn't publish this because it might hurt or upset someone. Everyone here is going through something, so we keep things kind. You're welcome to post again in a different way.",
  },
  {
    id: "off_platform",
    label: "Asks to talk elsewhere",
    text: "We didn't publish this because it asks people to talk somewhere else. To keep everyone safe, conversations stay on Harbour. You're welcome to keep talking here.",
  },
  {
    id: "serious_and_personal",
    label: "Serious and personal (team is supporting)",
    text: "We haven't published this post because it's about something serious and personal, and we want to look after you properly. You haven't done anything wrong. Our safeguarding team has read it and will message you here.",
  },
  {
    id: "not_suitable",
    label: "Not suitable for the forum",
    text: "We didn't publish this because it isn't quite right for this forum. It's not a judgement on you. If you need help, the 'Get help now' page lists people you can talk to any time.",
  },
];

export const REPORT_REASONS = [
  "It's unkind or bullying",
  "It shares someone's personal details",
  "It asks people to talk somewhere else",
  "I'm worried about the person who wrote it",
  "Something else",
] as const;

export function templateFor(id: string | undefined, categories: readonly string[], severity: number): ReasonTemplate {
  const chosen = REASON_TEMPLATES.find((t) => t.id === id);
  if (chosen) return chosen;
  const fallback =
    severity >= 3 ? "serious_and_personal"
    : categories.includes("pii") ? "personal_details"
    : categories.includes("contact_seeking") ? "off_platform"
    : categories.includes("bullying") ? "unkind"
    : "not_suitable";
  return REASON_TEMPLATES.find((t) => t.id === fallback)!;
}

export const REMOVED_NOTE = "This post was taken down after it was published. ";
