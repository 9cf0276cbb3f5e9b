/** Every rule the engine applies, in the order a safeguarding lead would read them (most urgent first). */
import type { Rule } from "./rule.ts";
import { IMMEDIATE_DANGER_RULES } from "./immediate-danger.ts";
import { SELF_HARM_RULES } from "./self-harm.ts";
import { GROOMING_RULES } from "./grooming.ts";
import { IMAGE_ABUSE_RULES, SEXTORTION_RULES } from "./images-and-sextortion.ts";
import { ABUSE_DISCLOSURE_RULES, SEXUAL_CONTENT_RULES } from "./abuse-and-sexual-content.ts";
import { BULLYING_RULES, CONTACT_SEEKING_RULES } from "./bullying-and-contact.ts";
import { PROFANITY_RULES } from "./profanity.ts";
import { COMBINATION_RULES } from "./combinations.ts";

export type { Rule } from "./rule.ts";

export const RULES: readonly Rule[] = [
  ...IMMEDIATE_DANGER_RULES,
  ...SELF_HARM_RULES,
  ...GROOMING_RULES,
  ...SEXTORTION_RULES,
  ...IMAGE_ABUSE_RULES,
  ...ABUSE_DISCLOSURE_RULES,
  ...SEXUAL_CONTENT_RULES,
  ...BULLYING_RULES,
  ...CONTACT_SEEKING_RULES,
  ...PROFANITY_RULES,
  ...COMBINATION_RULES,
];
