// The review queue: highest severity first, then oldest. Updates live; a new urgent item
// raises a visible alert (and, only if the staff member chose it, a short beep).
import { createSignal, For, onCleanup, onMount, Show } from "solid-js";
import { A } from "@solidjs/router";
import { staffApi, type QueueEvent, type QueueSummary } from "../api";
import { beep, listenToQueue, rememberSound, soundWanted, type LiveState } from "../live";
import { ErrorAlert, Heading, Severity, usePageTitle } from "../ui";
import { categoryList, duration, postStatusWord, severityWord, spaceWord } from "../words";

interface UrgentAlert {
  itemId: string;
  text: string;
}

export function kindWord(item: Pick<QueueSummary, "kind" | "isThreadStart">): string {
  if (item.kind === "report") return "Reported post";
  return item.isThreadStart ? "New thread" : "Reply";
}

export default function Queue() {
  usePageTitle(() => "Review queue");
  const [items, setItems] = createSignal<QueueSummary[]>([]);
  const [fetchedAt, setFetchedAt] = createSignal(Date.now());
  const [now, setNow] = createSignal(Date.now());
  const [state, setState] = createSignal<"loading" | "ready" | "error">("loading");
  const [error, setError] = createSignal<string | null>(null);
  const [live, setLive] = createSignal<LiveState>("connecting");
  const [urgent, setUrgent] = createSignal<UrgentAlert | null>(null);
  const [sound, setSound] = createSignal(soundWanted());

  // One fetch at a time; events that arrive meanwhile fold into one more fetch.
  let inFlight: Promise<void> | null = null;
  let again = false;
  const load = (): Promise<void> => {
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      do {
        again = false;
        const res = await staffApi.queue();
        if (res.ok) {
          setItems(res.data.items);
          setFetchedAt(Date.now());
          setNow(Date.now());
          setState("ready");
          setError(null);
        } else {
          setError(res.error);
          setState((s) => (s === "loading" ? "error" : s));
        }
      } while (again);
      inFlight = null;
    })();
    return inFlight;
  };

  const onEvent = async (e: QueueEvent) => {
    await load();
    if ((e.type === "queued" || e.type === "escalated") && e.severity >= 3) {
      const item = items().find((i) => i.id === e.itemId);
      const what = item ? `${severityWord(item.severity)}: ${categoryList(item.categories)}, ${spaceWord(item.space)}` : severityWord(e.severity);
      setUrgent({ itemId: e.itemId, text: `New urgent item — ${what}. It's at the top of the queue.` });
      if (sound()) beep();
    }
  };

  onMount(() => {
    void load();
    const stop = listenToQueue({
      onState: setLive,
      onReady: () => void load(),
      onEvent: (e) => void onEvent(e),
      // A closed stream may mean the session ended: a fetch finds out (and signs out kindly).
      onClosed: () => void load(),
    });
    const tick = setInterval(() => setNow(Date.now()), 30_000);
    onCleanup(() => {
      stop();
      clearInterval(tick);
    });
  });

  const waited = (item: QueueSummary) => item.waitingMinutes + Math.floor((now() - fetchedAt()) / 60_000);

  const toggleSound = (on: boolean) => {
    setSound(on);
    rememberSound(on);
    if (on) beep(); // a sample, and browsers only allow sound after a click like this one
  };

  return (
    <>
      <Heading>Review queue</Heading>
      <div class="queue-bar">
        <p class={live() === "on" ? "live live--on" : "live live--off"} data-testid="live-status">
          <span class="live__dot" aria-hidden="true" />
          {live() === "on" ? "Live updates on" : live() === "connecting" ? "Live updates off — reconnecting…" : "Live updates off — we'll keep trying"}
        </p>
        <div class="check">
          <input id="urgent-sound" type="checkbox" class="check__input" checked={sound()} onChange={(e) => toggleSound(e.currentTarget.checked)} />
          <label for="urgent-sound" class="check__label">
            Play a sound for urgent items
          </label>
        </div>
      </div>

      <div role="alert" class="alert-slot">
        <Show when={urgent()}>
          {(u) => (
            <div class="urgent-banner">
              <p class="urgent-banner__text">{u().text}</p>
              <div class="button-row">
                <A class="button button--warning" href={`/staff/queue/${encodeURIComponent(u().itemId)}`}>
                  Open the urgent item
                </A>
                <button type="button" class="button button--secondary" onClick={() => setUrgent(null)}>
                  Dismiss this alert
                </button>
              </div>
            </div>
          )}
        </Show>
      </div>

      <ErrorAlert message={state() === "error" || state() === "ready" ? error() : null} />
      <Show when={state() === "loading"}>
        <p role="status">Loading the queue…</p>
      </Show>
      <Show when={state() === "ready"}>
        <h2 id="queue-waiting">{items().length === 0 ? "Nothing waiting" : `Waiting for a decision (${items().length})`}</h2>
        <Show when={items().length > 0} fallback={<p>Nothing is waiting. New items appear here by themselves.</p>}>
          <p class="meta">Most serious first, then oldest first. The list refreshes by itself when anything changes.</p>
          <ol class="queue-list" aria-labelledby="queue-waiting">
            <For each={items()}>
              {(item) => (
                <li class={`queue-item queue-item--sev${Math.max(1, Math.min(4, item.severity))}${waited(item) > item.targetMinutes ? " is-overdue" : ""}`}>
                  <p class="queue-item__tags">
                    <Severity severity={item.severity} />
                    <span class="tag">{kindWord(item)}</span>
                    <span class="tag">{spaceWord(item.space)}</span>
                  </p>
                  <h3 class="queue-item__title">
                    <A href={`/staff/queue/${encodeURIComponent(item.id)}`}>
                      {severityWord(item.severity)}: {categoryList(item.categories)}
                    </A>
                  </h3>
                  <p class="user-text queue-item__preview">{item.preview}</p>
                  <ul class="queue-item__facts">
                    <li class={waited(item) > item.targetMinutes ? "wait wait--overdue" : "wait"}>
                      <Show when={waited(item) > item.targetMinutes}>
                        <strong class="overdue-flag">Overdue: </strong>
                      </Show>
                      waited {duration(waited(item))} — target {duration(item.targetMinutes)}
                    </li>
                    <li>{item.claimedBy ? `Claimed by ${item.claimedBy}` : "Not claimed"}</li>
                    <li>Post: {postStatusWord(item.postStatus)}</li>
                    <Show when={item.actions.length === 0}>
                      <li>Your role can look at this item but not decide it.</li>
                    </Show>
                  </ul>
                </li>
              )}
            </For>
          </ol>
        </Show>
      </Show>
    </>
  );
}
