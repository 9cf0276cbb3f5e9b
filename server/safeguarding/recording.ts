// The consistent record a case keeps (SAFEGUARDING.md section 6; the paper's QS4 and Table 1).

export const ICE_CATEGORIES = [
  "indecent_images_of_children",
  "sexual_communication_with_a_child",
  "blackmail",
  "meeting_a_child_following_grooming",
  "possession_of_indecent_images",
  "disclosing_or_threatening_to_disclose_private_sexual_images",
] as const;

export const THRESHOLD_LEVELS = {
  1: "Universal (advice and signposting)",
  2: "Early help",
  3: "Targeted support",
  4: "Statutory (police or children's social care)",
} as const;

// Actions staff record by hand; messages, the author's replies and the author's answers about
// contact details (shared, declined, withdrawn) are recorded automatically.
export const CASE_ACTIONS = [
  "signposted",
  "referred_ceop",
  "referred_police",
  "referred_childrens_social_care",
  "referred_school_dsl",
  "advice_to_parent",
  "note",
] as const;

export const REFERRALS = new Set<string>(["referred_ceop", "referred_police", "referred_childrens_social_care", "referred_school_dsl"]);

export const OUTCOMES = ["resolved_with_support", "referred_on", "author_stopped_responding", "no_concern_on_review"] as const;
