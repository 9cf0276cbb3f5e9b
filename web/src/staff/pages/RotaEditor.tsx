// The on-call rota: who is alerted first, and next, for urgent and escalated items, and when.
// After the last person on call, every lead is alerted.
import { createSignal, For, onMount, Show } from "solid-js";
import { staffApi, type Rota, type RotaEntry } from "../api";
import { ErrorAlert, StatusNotice } from "../ui";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const WEEK = [1, 2, 3, 4, 5, 6, 0];
const hourWords = (h: number) => `${String(h % 24).padStart(2, "0")}:00`;

export default function RotaEditor(props: { canEdit: boolean }) {
  const [rota, setRota] = createSignal<Rota | null>(null);
  const [entries, setEntries] = createSignal<RotaEntry[]>([]);
  const [error, setError] = createSignal<string | null>(null);
  const [status, setStatus] = createSignal("");

  const load = async () => {
    const res = await staffApi.rota();
    if (!res.ok) return setError(res.error);
    setRota(res.data);
    setEntries(res.data.entries.map(({ username, days, startHour, endHour }) => ({ username, days, startHour, endHour })));
  };
  onMount(() => void load());

  const update = (i: number, patch: Partial<RotaEntry>) => setEntries((list) => list.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  const move = (i: number, by: number) =>
    setEntries((list) => {
      const next = [...list];
      const [e] = next.splice(i, 1);
      next.splice(i + by, 0, e!);
      return next;
    });

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    setError(null);
    setStatus("");
    const res = await staffApi.saveRota(entries());
    if (!res.ok) return setError(res.error);
    setStatus("Rota saved. The next alert follows it.");
    await load();
  };

  return (
    <section aria-labelledby="rota">
      <h2 id="rota">On-call rota</h2>
      <p>
        For an urgent or escalated item, Harbour alerts the first lead on call now. If nobody takes it on within 5 minutes (30 for
        escalated items), it alerts the next on call, and then every lead. Times are {rota()?.timeZone ?? "UK time"}; a shift from
        22:00 to 08:00 runs overnight, and 00:00 to 00:00 is all day.
      </p>
      <ErrorAlert message={error()} />
      <StatusNotice text={status()} />
      <Show when={rota()} fallback={<Show when={!error()}><p role="status">Loading the rota…</p></Show>}>
        {(r) => (
          <form onSubmit={(e) => void save(e)} class="stack">
            <Show when={entries().length === 0}>
              <p>Nobody is on the rota, so every alert goes straight to every lead.</p>
            </Show>
            <ol class="plain-list rota-list">
              <For each={entries()}>
                {(entry, i) => {
                  const saved = () => r().entries.find((x) => x.username === entry.username);
                  return (
                    <li class="rota-entry">
                      <fieldset class="fieldset">
                        <legend>{`${i() + 1}. ${entry.username || "New line"}`}</legend>
                        <div class="field">
                          <label class="field__label" for={`rota-${i()}-lead`}>Lead</label>
                          <select id={`rota-${i()}-lead`} class="field__input field__select" onChange={(e) => update(i(), { username: e.currentTarget.value })}>
                            <option value="" selected={entry.username === ""}>Choose a lead</option>
                            <For each={r().leads}>{(name) => <option value={name} selected={name === entry.username}>{name}</option>}</For>
                          </select>
                        </div>
                        <Show when={saved() && !saved()!.hasEmail}>
                          <p class="meta">{entry.username} has no alert email set, so only an open staff tab can reach them.</p>
                        </Show>
                        <div class="rota-days" role="group" aria-label={`Days for line ${i() + 1}`}>
                          <For each={WEEK}>
                            {(d) => (
                              <span class="check check--inline">
                                <input
                                  id={`rota-${i()}-day-${d}`}
                                  type="checkbox"
                                  class="check__input"
                                  checked={entry.days.includes(d)}
                                  onChange={(e) => update(i(), { days: e.currentTarget.checked ? [...entry.days, d] : entry.days.filter((x) => x !== d) })}
                                />
                                <label for={`rota-${i()}-day-${d}`} class="check__label">{DAYS[d]}</label>
                              </span>
                            )}
                          </For>
                        </div>
                        <div class="button-row">
                          <div class="field">
                            <label class="field__label" for={`rota-${i()}-from`}>From</label>
                            <select id={`rota-${i()}-from`} class="field__input field__select" onChange={(e) => update(i(), { startHour: Number(e.currentTarget.value) })}>
                              <For each={Array.from({ length: 24 }, (_, h) => h)}>{(h) => <option value={h} selected={h === entry.startHour}>{hourWords(h)}</option>}</For>
                            </select>
                          </div>
                          <div class="field">
                            <label class="field__label" for={`rota-${i()}-until`}>Until</label>
                            <select id={`rota-${i()}-until`} class="field__input field__select" onChange={(e) => update(i(), { endHour: Number(e.currentTarget.value) })}>
                              <For each={Array.from({ length: 24 }, (_, h) => h)}>{(h) => <option value={h} selected={h === entry.endHour}>{hourWords(h)}</option>}</For>
                            </select>
                          </div>
                        </div>
                        <Show when={props.canEdit}>
                          <div class="button-row">
                            <button type="button" class="button button--secondary" disabled={i() === 0} onClick={() => move(i(), -1)}>Move up</button>
                            <button type="button" class="button button--secondary" disabled={i() === entries().length - 1} onClick={() => move(i(), 1)}>Move down</button>
                            <button type="button" class="button button--secondary" onClick={() => setEntries((l) => l.filter((_, j) => j !== i()))}>Remove line {i() + 1}</button>
                          </div>
                        </Show>
                      </fieldset>
                    </li>
                  );
                }}
              </For>
            </ol>
            <Show when={props.canEdit}>
              <div class="button-row">
                <button type="button" class="button button--secondary" onClick={() => setEntries((l) => [...l, { username: "", days: [1, 2, 3, 4, 5], startHour: 8, endHour: 18 }])}>
                  Add a line
                </button>
                <button type="submit" class="button">Save the rota</button>
              </div>
            </Show>
          </form>
        )}
      </Show>
    </section>
  );
}
