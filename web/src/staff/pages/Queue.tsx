// The review queue: highest severity first, then oldest. It re-fetches whenever the live
// stream (opened by StaffApp, see live.ts) reports a change.
import { createEffect, createSignal, For, on, onCleanup, onMount, Show } from "solid-js";
import { A } from "@solidjs/router";
import { staffApi, type QueueSummary } from "../api";
import { liveState, queueChanges, setSoundOn, soundOn } from "../live";
import { ErrorAlert, Heading, Severity, usePageTitle } from "../ui";
import { categoryList, duration, kindWord, postStatusWord, severityWord, spaceWord } from "../words";

export default function Queue() {
  usePageTitle(() => "Review queue");
  const [items, setItems] = createSignal<QueueSummary[]>([]);
  const [fetchedAt, setFetchedAt] = createSignal(Date.now());
  const [now, setNow] = createSignal(Date.now());
  const [state, setState] = createSignal<"loading" | "ready" | "error">("loading");
  const [error, setError] = createSignal<string | null>(null);

  // One fetch at a time; changes that arrive meanwhile fold into one more fetch.
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

  // First load, then again whenever the live stream reports a change (or reconnects).
  createEffect(on(queueChanges, () => void load()));

  onMount(() => {
    const tick = setInterval(() => setNow(Date.now()), 30_000);
    onCleanup(() => clearInterval(tick));
  });

  const waited = (item: QueueSummary) => item.waitingMinutes + Math.floor((now() - fetchedAt()) / 60_000);

  return (
    <>
      <Heading>Review queue</Heading>
      <div class="queue-bar">
        <p class={liveState() === "on" ? "live live--on" : "live live--off"} data-testid="live-status" role="status">
          <span class="live__dot" aria-hidden="true" />
          {liveState() === "on" ? "Live updates on" : liveState() === "connecting" ? "Live updates off — reconnecting…" : "Live updates off — we'll keep trying"}
        </p>
        <div class="check">
          <input id="urgent-sound" type="checkbox" class="check__input" checked={soundOn()} onChange={(e) => setSoundOn(e.currentTarget.checked)} />
          <label for="urgent-sound" class="check__label">
            Play a sound for urgent items
          </label>
        </div>
      </div>

      <ErrorAlert message={state() === "error" || state() === "ready" ? error() : null} />
      <Show when={state() === "loading"}>
        <p role="status">Loading the queue…</p>
      </Show>
      <Show when={state() === "ready"}>
        <h2 id="queue-waiting">{items().length === 0 ? "Nothing waiting" : `Waiting for a decision (${items().length})`}</h2>
        <Show when={items().length > 0} fallback={<p>Nothing is waiting. New items appear here by themselves.</p>}>
          <p class="meta">Most serious first, then oldest first. The list refreshes by itself when anything changes. Opening an item is recorded in the audit log.</p>
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
