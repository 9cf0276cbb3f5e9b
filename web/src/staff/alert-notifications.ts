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

// ---- Web Push: alerts on this device even when no Harbour tab is open

const WORKER = "/staff-sw.js";

export type PushState = "unavailable" | "off" | "on";

function keyBytes(base64url: string): Uint8Array {
  const b64 = base64url.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(base64url.length / 4) * 4, "=");
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

/** Whether this browser gets alert pushes: unavailable when the server or the browser cannot do it. */
export async function pushState(): Promise<PushState> {
  if (!("serviceWorker" in navigator) || !("PushManager" in window)) return "unavailable";
  const res = await staffApi.pushInfo();
  if (!res.ok || !res.data.available) return "unavailable";
  const reg = await navigator.serviceWorker.getRegistration("/staff/");
  return (await reg?.pushManager.getSubscription()) ? "on" : "off";
}

export async function subscribePush(): Promise<string | null> {
  const info = await staffApi.pushInfo();
  if (!info.ok || !info.data.publicKey) return info.ok ? "Push notifications are not set up on this Harbour." : info.error;
  if (current() !== "granted") await askForNotifications();
  if (current() !== "granted") return "This browser was not allowed to show notifications.";
  const reg = await navigator.serviceWorker.register(WORKER, { scope: "/staff/" });
  await navigator.serviceWorker.ready;
  const sub = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(info.data.publicKey) as BufferSource });
  const saved = await staffApi.subscribePush(sub.toJSON());
  return saved.ok ? null : saved.error;
}

export async function unsubscribePush(): Promise<string | null> {
  const reg = await navigator.serviceWorker.getRegistration("/staff/");
  const sub = await reg?.pushManager.getSubscription();
  if (!sub) return null;
  const removed = await staffApi.unsubscribePush(sub.endpoint);
  await sub.unsubscribe();
  return removed.ok || removed.status === 404 ? null : removed.error;
}
