// The append-only audit log, newest first, with a check that its hash chain is intact.
import { createSignal, For, onMount, Show } from "solid-js";
import { staffApi, type AuditCheck, type AuditEntry } from "../api";
import { ErrorAlert, Heading, TableRegion, usePageTitle } from "../ui";
import { plural, when } from "../words";

const PAGE = 100;

export default function Audit() {
  usePageTitle(() => "Audit log");
  const [entries, setEntries] = createSignal<AuditEntry[]>([]);
  const [state, setState] = createSignal<"loading" | "more" | "ready">("loading");
  const [hasMore, setHasMore] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [check, setCheck] = createSignal<AuditCheck | null>(null);
  const [checking, setChecking] = createSignal(false);
  const [announce, setAnnounce] = createSignal("");
  const rows: HTMLTableRowElement[] = [];

  const load = async (before?: number) => {
    setState(before === undefined ? "loading" : "more");
    setError(null);
    const res = await staffApi.audit(before, PAGE);
    setState("ready");
    if (!res.ok) return setError(res.error);
    const start = entries().length;
    setEntries(before === undefined ? res.data.entries : [...entries(), ...res.data.entries]);
    setHasMore(res.data.entries.length === PAGE);
    if (before !== undefined) {
      setAnnounce(`${plural(res.data.entries.length, "older entry", "older entries")} loaded.`);
      requestAnimationFrame(() => rows[start]?.focus());
    }
  };
  onMount(() => void load());

  const verify = async () => {
    if (checking()) return;
    setChecking(true);
    setCheck(null);
    const res = await staffApi.verifyAudit();
    setChecking(false);
    if (!res.ok) return setError(res.error);
    setCheck(res.data);
  };

  return (
    <>
      <Heading>Audit log</Heading>
      <p>
        Every staff action is written here: who, what, when, on which record and why. Nobody can change or delete an entry,
        staff included. Each entry is chained to the one before by a hash, so a change anywhere would show.
      </p>
      <p>
        <button type="button" class="button button--secondary" aria-disabled={checking() ? "true" : undefined} onClick={() => void verify()}>
          {checking() ? "Checking…" : "Check the log is intact"}
        </button>
      </p>
      <div role="status" class="alert-slot">
        <Show when={check()?.ok}>
          <p class="notice">The log is intact: all {check()!.entries} entries check out.</p>
        </Show>
      </div>
      <div role="alert" class="alert-slot">
        <Show when={check() && !check()!.ok ? (check() as Extract<AuditCheck, { ok: false }>) : null}>
          {(bad) => (
            <p class="error-box">
              The log is not intact: entry {bad().brokenAtSeq} fails the check ({bad().problem}). {bad().entries} entries were
              checked. Tell the safeguarding lead and the admin now, and don't change anything else.
            </p>
          )}
        </Show>
      </div>
      <ErrorAlert message={error()} />
      <h2 id="audit-entries">Entries, newest first</h2>
      <Show when={state() !== "loading"} fallback={<p role="status">Loading the log…</p>}>
        <Show when={entries().length > 0} fallback={<p>The log is empty.</p>}>
          <TableRegion label="Audit log entries">
            <table class="staff-table staff-table--audit">
              <caption class="visually-hidden">Audit log entries, newest first ({entries().length} shown)</caption>
              <thead>
                <tr>
                  <th scope="col">No.</th>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Record</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                <For each={entries()}>
                  {(e, i) => (
                    <tr tabindex="-1" ref={(el) => (rows[i()] = el)}>
                      <td>{e.seq}</td>
                      <td>
                        <time datetime={e.at}>{when(e.at)}</time>
                      </td>
                      <td>{e.actor}</td>
                      <td>
                        <code>{e.action}</code>
                      </td>
                      <td class="cell-wrap">{e.target ?? "—"}</td>
                      <td class="cell-wrap">{e.reason ?? "—"}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </TableRegion>
          <Show when={hasMore()}>
            <p>
              <button
                type="button"
                class="button button--secondary"
                aria-disabled={state() === "more" ? "true" : undefined}
                onClick={() => {
                  const last = entries()[entries().length - 1];
                  if (state() !== "more" && last) void load(last.seq);
                }}
              >
                {state() === "more" ? "Loading…" : "Load older entries"}
              </button>
            </p>
          </Show>
        </Show>
      </Show>
      <div class="visually-hidden" role="status">
        {announce()}
      </div>
    </>
  );
}
