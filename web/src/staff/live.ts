// Live queue updates (server-sent events) and the optional urgent-item beep.
import { QUEUE_EVENTS_URL, type QueueEvent } from "./api";

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

/**
 * Listens to the queue's event stream. `onReady` fires on every (re)connection (so a page can
 * catch up on anything missed), `onEvent` for each queue change. If the stream closes for good
 * (for example the session ended), it tries again every 15 seconds. Returns a stop function.
 */
export function listenToQueue(handlers: {
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
