// Browser notifications for alerts (the Notifications API) while a staff tab is open, and the
// warning every staff page shows when alert emails are not getting out.
import { createRoot, createSignal } from "solid-js";
import { staffApi, type AlertStatus } from "./api";

type Permission = "unsupported" | "default" | "granted" | "denied";
const current = (): Permission => (typeof Notification === "undefined" ? "unsupported" : Notification.permission);

const state = createRoot(() => {
  const [permission, setPermission] = createSignal<Permission>(current());
  const [trouble, setTrouble] = createSignal<AlertStatus["email"] | null>(null);
  return { permission, setPermission, trouble, setTrouble };
});

export const notificationsState = state.permission;
export const alertTrouble = state.trouble;

export async function askForNotifications(): Promise<void> {
  if (typeof Notification === "undefined") return;
  state.setPermission(await Notification.requestPermission());
}

const WAITING_POLL_MS = 15_000;
const STATUS_POLL_MS = 30_000;

/** Shows each waiting alert once as a notification; clicking it opens the alert's page. */
export function startAlertNotifications(open: (path: string) => void): () => void {
  let stopped = false;
  const check = async () => {
    state.setPermission(current());
    if (stopped || current() !== "granted") return;
    const res = await staffApi.waitingAlerts();
    if (!res.ok) return;
    for (const a of res.data.alerts) {
      const n = new Notification(a.title, { body: `${a.body} Sign in to Harbour to see it.`, tag: a.alertId, requireInteraction: a.severity >= 4 });
      n.onclick = () => {
        window.focus();
        open(`/staff/alerts/${a.alertId}`);
        n.close();
      };
      await staffApi.alertShown(a.id);
    }
  };
  void check();
  const timer = setInterval(() => void check(), WAITING_POLL_MS);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

/** Keeps `alertTrouble` current: set while alert emails are failing. */
export function watchAlertDelivery(): () => void {
  const check = async () => {
    const res = await staffApi.alertStatus();
    if (res.ok) state.setTrouble(res.data.email.failing > 0 ? res.data.email : null);
  };
  void check();
  const timer = setInterval(() => void check(), STATUS_POLL_MS);
  return () => clearInterval(timer);
}
