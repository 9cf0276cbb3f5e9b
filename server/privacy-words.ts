import type { SpaceId } from "../db/schema.ts";
import type { AppConfig } from "./config.ts";

/**
 * The privacy page's words, made from the same configuration the retention job and the session
 * cookie read, so the page can never say something different from what Harbour does.
 * Written for a 13-year-old; the parents' version says the same things to an adult.
 */
export interface PrivacySection {
  heading: string;
  points: string[];
}

/** 365 → "12 months", 30 → "30 days", 730 → "2 years", 90 → "90 days". */
export function inWords(days: number): string {
  if (days % 365 === 0) return days === 365 ? "12 months" : `${days / 365} years`;
  if (days % 30 === 0 && days >= 60 && days < 365) return `${days / 30} months`;
  return days === 1 ? "1 day" : `${days} days`;
}

export function privacyWords(space: SpaceId, config: Pick<AppConfig, "retention" | "forumSessionDays">): PrivacySection[] {
  const young = space === "young-people";
  const { publishedDays, unpublishedDays, caseRecordDays } = config.retention;
  return [
    {
      heading: "What we know about you",
      points: [
        "A made-up name we chose for you, and a scrambled copy of your recovery code (so we can check it, but can't read it).",
        young
          ? "No email, no phone number, no real name and no IP address. We never ask for them."
          : "No email, no phone number, no real name and no IP address. We never ask for them, and you don't need to tell us who your child is.",
        `On this device, a cookie keeps you signed in for up to ${inWords(config.forumSessionDays)}. After that you need your recovery code.`,
      ],
    },
    {
      heading: "What we keep, and for how long",
      points: [
        `Posts that were published: deleted ${inWords(publishedDays)} after the last reply in their thread.`,
        `Posts that were never published: deleted after ${inWords(unpublishedDays)}, unless our safeguarding team is still helping with them.`,
        "Messages between you and our team: kept with your made-up name until you delete it.",
        "A way to reach you: only if our team asks and you choose to share it. It is locked, only the person helping you can see it, and it is deleted when they finish or as soon as you take it back.",
      ],
    },
    {
      heading: "If our safeguarding team helps with a post",
      points: [
        young
          ? "They keep a record of what they did and a copy of the post with names, numbers and other details hidden. This stays even if you delete your posts, so that what the team decided can be checked later. It never says who you are."
          : "They keep a record of what they did and a copy of the post with names, numbers and other details hidden. This stays even if you delete your posts, so that safeguarding decisions can be checked later, as the law expects. It never says who you are.",
        `That record is deleted ${inWords(caseRecordDays)} after the team closes the case.`,
        "Partnership figures are counts only, like \u201cfewer than 5 posts about bullying in March\u201d. Nobody can be picked out from them.",
      ],
    },
    {
      heading: "Your choices",
      points: [
        "You can download everything we hold under your made-up name from your My posts page.",
        "You can delete your posts and your made-up name at any time, from the same page. It happens straight away.",
      ],
    },
  ];
}
