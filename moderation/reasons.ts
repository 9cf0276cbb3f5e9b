// The plain words an author reads about what happened to their post (SAFEGUARDING.md
// sections 1 and 3): kind, never blaming, readable by a frightened 13-year-old.

const PII_REASONS: Record<string, string> = {
  phone: "it looks like it has a phone number in it",
  email: "it looks like it has an email address in it",
  social_handle: "it looks like it has a social media name in it",
  url: "it has a link in it",
  school: "it looks like it names a school",
  postcode: "it looks like it has a postcode in it",
  address: "it looks like it has an address in it",
  name: "it looks like it has someone's full name in it",
};

export const TEAM_TOLD = "A trained member of our team has been told and will message you here.";

export function heldForModeratorReason(categories: readonly string[], pii: readonly string[], premoderated: boolean): string {
  const why: string[] = [];
  const firstPii = pii.map((p) => PII_REASONS[p]).find((r) => r !== undefined);
  if (firstPii) why.push(`${firstPii}; we keep everyone's details private`);
  if (categories.includes("contact_seeking")) why.push("it asks people to talk somewhere else, and to keep everyone safe, chats stay on Harbour");
  if (categories.includes("bullying")) why.push("it might come across as unkind to someone");
  if (categories.includes("self_harm")) why.push("it mentions hurting yourself, so a person will read it first, just to check you're OK");
  if (why.length === 0 && premoderated) why.push("at the moment a moderator reads every post in this space before it goes up");
  if (why.length === 0) why.push("a moderator wants to take a quick look first");
  const text = why.join(", and ");
  return `Waiting for a moderator, usually within a day, because ${text}.`;
}

export function safeguardingReason(categories: readonly string[]): string {
  if (categories.includes("immediate_danger")) {
    return `It sounds like you or someone else might be in danger right now. If so, please call 999. ${TEAM_TOLD}`;
  }
  return `It sounds like something serious might be happening, and you deserve support with it. This isn't your fault, and you're not in trouble. ${TEAM_TOLD}`;
}

export const MASKED_REASON = "Published, with a few words hidden by asterisks.";
