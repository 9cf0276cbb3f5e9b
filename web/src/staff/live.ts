// Live queue updates (server-sent events), the urgent-item alert and the optional beep.
// One stream per signed-in moderator or lead, opened by StaffApp, so an urgent item is
// announced on whichever staff page they are on; the queue page re-fetches on every change.
import { createRoot, createSignal } from "solid-js";
import { QUEUE_EVENTS_URL, staffApi, type QueueEvent } from "./api";
import { categoryList, severityWord, spaceWord } from "./words";

const SOUND_KEY = "harbour.staff.urgentSound";

/** The staff member's choice to hear a beep for urgent items (off unless they tick it). */
export function soundWanted(): boolean {
  try {
    return localStorage.getItem(SOUND_KEY) === "1";
  } catch {
    return false;
  }
}

export function rememberSound(on: boolean): void {
  try {
    if (on) localStorage.setItem(SOUND_KEY, "1");
    else localStorage.removeItem(SOUND_KEY);
  } catch {
    // The checkbox still works for this visit.
  }
}

let audio: AudioContext | undefined;

/** Two short tones made with the Web Audio API (no audio files). Quietly does nothing if audio is blocked. */
export function beep(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
    const start = audio.currentTime + 0.02;
    for (const [offset, frequency] of [
      [0, 880],
      [0.25, 660],
    ] as const) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = "sine";
      osc.frequency.value = frequency;
      const t = start + offset;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.25, t + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.2);
      osc.connect(gain).connect(audio.destination);
      osc.start(t);
      osc.stop(t + 0.22);
    }
  } catch {
    // No audio here: the visible alert is what counts.
  }
}

export type LiveState = "connecting" | "on" | "off";

export interface UrgentAlert {
  itemId: string;
  text: string;
}

const store = createRoot(() => {
  const [live, setLive] = createSignal<LiveState>("off");
  // Bumped on every queue change and every (re)connection: pages that show the queue re-fetch.
  const [changes, setChanges] = createSignal(0);
  const [urgent, setUrgent] = createSignal<UrgentAlert | null>(null);
  const [sound, setSound] = createSignal(soundWanted());
  return { live, setLive, changes, setChanges, urgent, setUrgent, sound, setSound };
});

export const liveState = store.live;
export const queueChanges = store.changes;
export const urgentAlert = store.urgent;
export const dismissUrgent = () => store.setUrgent(null);
export const soundOn = store.sound;

export function setSoundOn(on: boolean): void {
  store.setSound(on);
  rememberSound(on);
  if (on) beep(); // a sample, and browsers only allow sound after a click like this one
}

async function announceUrgent(e: QueueEvent): Promise<void> {
  // Describe the item from the queue list (opening the item itself would be audited as a view).
  const res = await staffApi.queue();
  const item = res.ok ? res.data.items.find((i) => i.id === e.itemId) : undefined;
  const what = item ? `${severityWord(item.severity)}: ${categoryList(item.categories)}, ${spaceWord(item.space)}` : severityWord(e.severity);
  store.setUrgent({ itemId: e.itemId, text: `New urgent item — ${what}. It's at the top of the queue.` });
  if (store.sound()) beep();
}

/** Opens the live stream for this signed-in moderator or lead. Returns a stop function. */
export function startLiveQueue(): () => void {
  const bump = () => store.setChanges((n) => n + 1);
  const stop = listenToQueue({
    onState: store.setLive,
    onReady: bump,
    onEvent: (e) => {
      bump();
      if ((e.type === "queued" || e.type === "escalated") && e.severity >= 3) void announceUrgent(e);
    },
    // A closed stream may mean the session ended: a staff call finds out (and signs out kindly).
    onClosed: () => void staffApi.queue(),
  });
  return () => {
    stop();
    store.setLive("off");
    store.setUrgent(null);
  };
}

/**
 * Listens to the queue's event stream. `onReady` fires on every (re)connection (so a page can
 * catch up on anything missed), `onEvent` for each queue change. If the stream closes for good
 * (for example the session ended), it tries again every 15 seconds. Returns a stop function.
 */
function listenToQueue(handlers: {
  onState: (s: LiveState) => void;
  onReady: () => void;
  onEvent: (e: QueueEvent) => void;
  onClosed: () => void;
}): () => void {
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const open = () => {
    if (stopped) return;
    handlers.onState("connecting");
    const es = new EventSource(QUEUE_EVENTS_URL, { withCredentials: true });
    source = es;
    es.addEventListener("ready", () => {
      handlers.onState("on");
      handlers.onReady();
    });
    es.addEventListener("queue", (e) => {
      try {
        handlers.onEvent(JSON.parse((e as MessageEvent<string>).data) as QueueEvent);
      } catch {
        // A malformed event is ignored; the next one re-fetches the list anyway.
      }
    });
    es.addEventListener("error", () => {
      if (es.readyState === EventSource.CLOSED) {
        handlers.onState("off");
        handlers.onClosed();
        retry = setTimeout(open, 15_000);
      } else {
        handlers.onState("connecting");
      }
    });
  };

  open();
  return () => {
    stopped = true;
    clearTimeout(retry);
    source?.close();
  };
}
