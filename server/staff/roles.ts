import type { StaffRole } from "../../db/schema.ts";

export const ALL_ROLES = ["moderator", "safeguarding_lead", "partnership_lead", "admin"] as const satisfies readonly StaffRole[];

// Who may do what. Every staff route picks one of these; nothing is allowed by default.
export const CAN = {
  triageQueue: ["moderator", "safeguarding_lead"],
  handleCases: ["safeguarding_lead"],
  readAudit: ["safeguarding_lead", "admin"],
  readFigures: ["partnership_lead", "admin"],
  manageStaff: ["admin"],
  changeSpaceSettings: ["safeguarding_lead", "admin"],
  readWatchedWords: ["safeguarding_lead", "admin"],
  changeWatchedWords: ["safeguarding_lead"],
  receiveAlerts: ["moderator", "safeguarding_lead"],
  manageRota: ["safeguarding_lead", "admin"],
} as const satisfies Record<string, readonly StaffRole[]>;
