import webpush from "web-push";

export interface Vapid {
  publicKey: string;
  privateKey: string;
  // A mailto: or https: address push services can reach the operator at.
  subject: string;
}

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** Sends one encrypted Web Push message; `gone` means the browser unsubscribed (forget it). */
export interface PushSender {
  send(target: PushTarget, payload: string): Promise<{ gone: boolean }>;
}

/** Through the browser's push service with VAPID (RFC 8292) and an encrypted payload (RFC 8291). */
export function webPushSender(vapid: Vapid): PushSender {
  return {
    async send(target, payload) {
      try {
        await webpush.sendNotification({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, payload, {
          vapidDetails: vapid, TTL: 60 * 60, urgency: "high", timeout: 10_000,
        });
        return { gone: false };
      } catch (err) {
        const status = (err as { statusCode?: number }).statusCode;
        if (status === 404 || status === 410) return { gone: true };
        throw err;
      }
    },
  };
}

export function pushFailureWords(err: unknown): string {
  const status = (err as { statusCode?: number }).statusCode;
  if (status === 401 || status === 403) return "the push service refused Harbour's VAPID keys";
  if (status === 429) return "the push service asked Harbour to slow down";
  if (status) return `the push service answered ${status}`;
  return "the push service could not be reached";
}
