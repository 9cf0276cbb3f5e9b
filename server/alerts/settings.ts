import { z } from "zod";
import { CATEGORIES } from "../../moderation/types.ts";

/** What a staff member chose: severities 2 to 4 (2: waiting for a moderator), categories (null: all), hours (null: any time). */
export interface AlertSettings {
  email: string | null;
  severities: number[];
  categories: string[] | null;
  hours: { from: number; to: number } | null;
  browser: boolean;
}

/** Until someone chooses, urgent and escalated items reach leads; moderators choose for themselves. */
export function defaultSettings(role: string): AlertSettings {
  return { email: null, severities: role === "safeguarding_lead" ? [3, 4] : [], categories: null, hours: null, browser: true };
}

const hour = z.number({ error: "hours must be whole hours from 0 to 24." }).int().min(0).max(24);

export const alertSettingsSchema = z
  .object({
    email: z
      .union([z.email({ error: "email must be an email address, or null to stop email alerts." }).max(254), z.literal(""), z.null()], {
        error: "email must be an email address, or null to stop email alerts.",
      })
      .transform((e) => (e ? e : null)),
    severities: z
      .array(z.union([z.literal(2), z.literal(3), z.literal(4)], { error: "severities can only contain 2, 3 and 4." }), { error: "severities must be a list such as [3, 4]." })
      .max(3)
      .transform((s) => [...new Set(s)].sort()),
    categories: z.array(z.enum(CATEGORIES, { error: `categories can only contain: ${CATEGORIES.join(", ")}.` })).max(20).nullable().optional(),
    hours: z.object({ from: hour, to: hour }, { error: "hours must be {\"from\", \"to\"} in whole hours, or null for any time." }).nullable().optional(),
    browser: z.boolean({ error: "browser must be true or false." }).optional(),
  })
  .strict();

export type AlertSettingsInput = z.infer<typeof alertSettingsSchema>;
