import type { Vapid } from "./push.ts";

/** How staff alerts are sent (README: "Staff alerts"). */
export interface AlertConfig {
  // HARBOUR_SMTP_URL; null: no email alerts.
  smtpUrl: string | null;
  from: string;
  // How long each rung of the on-call ladder waits for someone to take the item.
  urgentStepMs: number;
  escalatedStepMs: number;
  // How often each instance looks for ladder steps and emails that are due.
  pollMs: number;
  // Waits between tries of an email that failed, the last one repeated.
  retryMs: number[];
  // Web Push (HARBOUR_VAPID_PUBLIC_KEY, _PRIVATE_KEY, _SUBJECT); null: no push.
  vapid: Vapid | null;
  // Where the link in an alert points (HARBOUR_ORIGIN, else this server's own address).
  linkOrigin: string;
}

export const DEFAULT_ALERTS: AlertConfig = {
  smtpUrl: null,
  from: "Harbour alerts <alerts@harbour.invalid>",
  urgentStepMs: 5 * 60_000,
  escalatedStepMs: 30 * 60_000,
  pollMs: 2000,
  retryMs: [2000, 5000, 15_000, 30_000, 60_000, 120_000],
  vapid: null,
  linkOrigin: "http://127.0.0.1:8787",
};
