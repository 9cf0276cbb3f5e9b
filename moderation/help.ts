// Signposting from SAFEGUARDING.md section 5: which services the help panel shows, chosen by
// category and space. Data only, so a safeguarding lead can review it; used by the web app
// (while typing, after posting, the "Get help now" page) and by the server.

export type Space = "young-people" | "parents";

export interface Service {
  id: string;
  name: string;
  what: string;
  // Each way to reach the service; `tel`/`sms` become tappable links.
  contacts: { label: string; tel?: string; sms?: { to: string; body?: string }; url?: string }[];
  hours: string;
}

export const SERVICES: Record<string, Service> = {
  emergency: { id: "emergency", name: "Emergency services", what: "If you or someone else is in danger right now", contacts: [{ label: "Call 999", tel: "999" }], hours: "Always open" },
  childline: {
    id: "childline", name: "Childline", what: "Free, confidential help for under-19s about anything",
    contacts: [{ label: "Call 0800 1111", tel: "08001111" }, { label: "1-2-1 chat at childline.org.uk", url: "https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/" }],
    hours: "Free, 24 hours a day, 7 days a week",
  },
  shout: { id: "shout", name: "Shout", what: "Crisis support by text", contacts: [{ label: "Text SHOUT to 85258", sms: { to: "85258", body: "SHOUT" } }], hours: "24 hours a day, 7 days a week" },
  papyrus: {
    id: "papyrus", name: "Papyrus HOPELINE247", what: "For anyone under 35 having thoughts of suicide",
    contacts: [{ label: "Call 0800 068 4141", tel: "08000684141" }, { label: "Text 88247", sms: { to: "88247" } }],
    hours: "24 hours a day, 7 days a week",
  },
  samaritans: { id: "samaritans", name: "Samaritans", what: "For anyone struggling to cope", contacts: [{ label: "Call 116 123", tel: "116123" }], hours: "24 hours a day, 7 days a week" },
  ceop: { id: "ceop", name: "CEOP (National Crime Agency)", what: "Report grooming or online sexual abuse", contacts: [{ label: "Report at ceop.police.uk", url: "https://www.ceop.police.uk/Safety-Centre/" }], hours: "Online form, any time" },
  reportRemove: {
    id: "reportRemove", name: "Report Remove (Childline and the Internet Watch Foundation)", what: "Get a nude image of someone under 18 taken down",
    contacts: [{ label: "childline.org.uk/report-remove", url: "https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/remove-nude-image-shared-online/" }],
    hours: "Online, any time",
  },
  nspcc: { id: "nspcc", name: "NSPCC helpline", what: "For adults worried about a child", contacts: [{ label: "Call 0808 800 5000", tel: "08088005000" }], hours: "Monday to Friday 10am–8pm, weekends 9am–6pm" },
  stopItNow: { id: "stopItNow", name: "Stop It Now", what: "Confidential advice if you're worried about someone's behaviour, including a child's", contacts: [{ label: "Call 0808 1000 900", tel: "08081000900" }], hours: "Monday to Thursday 9am–9pm, Friday 9am–5pm" },
  youngMinds: { id: "youngMinds", name: "YoungMinds parents helpline", what: "For parents worried about a child's mental health", contacts: [{ label: "Call 0808 802 5544", tel: "08088025544" }], hours: "Monday to Friday 9:30am–4pm" },
  police: { id: "police", name: "Police (not an emergency)", what: "To report something that isn't an emergency", contacts: [{ label: "Call 101", tel: "101" }], hours: "Always open" },
};

const YOUNG: Record<string, string[]> = {
  immediate_danger: ["emergency", "childline", "shout"],
  self_harm: ["childline", "shout", "papyrus", "samaritans"],
  grooming: ["childline", "ceop"],
  sextortion: ["childline", "reportRemove", "ceop"],
  image_abuse: ["reportRemove", "childline", "ceop"],
  abuse_disclosure: ["childline", "ceop", "emergency"],
  sexual_content: ["childline", "ceop"],
  bullying: ["childline", "shout"],
};

const PARENTS: Record<string, string[]> = {
  immediate_danger: ["emergency", "nspcc"],
  self_harm: ["youngMinds", "papyrus", "samaritans"],
  grooming: ["ceop", "nspcc", "stopItNow"],
  sextortion: ["ceop", "reportRemove", "nspcc"],
  image_abuse: ["reportRemove", "ceop", "nspcc", "stopItNow"],
  abuse_disclosure: ["nspcc", "ceop", "police"],
  sexual_content: ["ceop", "nspcc", "stopItNow"],
  bullying: ["nspcc", "youngMinds"],
};

export const CRISIS_CATEGORIES = ["immediate_danger", "self_harm", "grooming", "sextortion", "image_abuse", "abuse_disclosure", "sexual_content"];

// Sextortion advice for young people, always shown with the panel (section 5).
export const SEXTORTION_ADVICE = [
  "You are not in trouble.",
  "Don't pay, and don't send anything more.",
  "Keep the messages: screenshot them if you can.",
  "Block and report the account.",
  "Use Report Remove to get images taken down.",
  "Tell an adult you trust, or talk to Childline.",
];

export interface HelpPanel {
  urgent: boolean;
  services: Service[];
  sextortionAdvice: string[] | null;
}

// The services for these categories in this space, most urgent first, without repeats.
export function helpFor(categories: readonly string[], space: Space): HelpPanel | null {
  const table = space === "parents" ? PARENTS : YOUNG;
  const relevant = categories.filter((c) => table[c]);
  if (relevant.length === 0) return null;
  const urgent = relevant.includes("immediate_danger");
  const ordered = urgent ? ["immediate_danger", ...relevant.filter((c) => c !== "immediate_danger")] : relevant;
  const ids = [...new Set(ordered.flatMap((c) => table[c] ?? []))];
  if (urgent && !ids.includes("emergency")) ids.unshift("emergency");
  return {
    urgent,
    services: ids.map((id) => SERVICES[id]).filter((s): s is Service => s !== undefined),
    sextortionAdvice: space === "young-people" && relevant.includes("sextortion") ? SEXTORTION_ADVICE : null,
  };
}

// Everything, for the always-reachable "Get help now" page.
export function allHelp(space: Space | null): Service[] {
  const order = space === "parents"
    ? ["emergency", "nspcc", "stopItNow", "youngMinds", "ceop", "reportRemove", "samaritans", "police"]
    : ["emergency", "childline", "shout", "papyrus", "samaritans", "ceop", "reportRemove", "police"];
  return order.map((id) => SERVICES[id]).filter((s): s is Service => s !== undefined);
}
