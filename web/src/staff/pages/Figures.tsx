// Aggregate figures for partnership leads: counts only, never text; small counts suppressed.
import { createSignal, For, onMount, Show } from "solid-js";
import { staffApi, type CountTable, type Figures } from "../api";
import { countText, ErrorAlert, Heading, Input, TableRegion, usePageTitle } from "../ui";
import { categoryWord, duration, outcomeWord, postStatusWord, sentence, spaceWord } from "../words";

const day = (d: Date) => d.toISOString().slice(0, 10);

export default function FiguresPage() {
  usePageTitle(() => "Figures");
  const today = new Date();
  const [from, setFrom] = createSignal(day(new Date(today.getTime() - 29 * 86_400_000)));
  const [to, setTo] = createSignal(day(today));
  const [figures, setFigures] = createSignal<Figures | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  const load = async () => {
    if (busy()) return;
    setError(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from()) || !/^\d{4}-\d{2}-\d{2}$/.test(to())) {
      setError("Choose both dates: from and to.");
      return;
    }
    setBusy(true);
    const res = await staffApi.figures(from(), to());
    setBusy(false);
    if (res.ok) setFigures(res.data);
    else setError(res.error);
  };
  onMount(() => void load());

  return (
    <>
      <Heading>Figures</Heading>
      <p>Counts only: no text and no names. Any count from 1 to 4 is shown as “fewer than 5” so nobody can be picked out.</p>
      <form
        class="form staff-form date-range"
        onSubmit={(e) => {
          e.preventDefault();
          void load();
        }}
        novalidate
      >
        <Input id="figures-from" label="From" type="date" value={from()} onInput={setFrom} />
        <Input id="figures-to" label="To (inclusive)" type="date" value={to()} onInput={setTo} />
        <button type="submit" class="button" aria-disabled={busy() ? "true" : undefined}>
          Show figures
        </button>
      </form>
      <ErrorAlert message={error()} />
      <Show when={figures()}>
        {(f) => (
          <div aria-live="polite">
            <h2>
              {f().from} to {f().to}
            </h2>
            <p class="meta">{f().note.replace('"<5"', "“fewer than 5”")}</p>
            <dl class="facts">
              <div>
                <dt>Posts</dt>
                <dd>{countText(f().posts.total)}</dd>
              </div>
              <div>
                <dt>Cases opened</dt>
                <dd>{countText(f().cases.opened)}</dd>
              </div>
              <div>
                <dt>Reports</dt>
                <dd>{countText(f().reports)}</dd>
              </div>
              <div>
                <dt>Median time to first response, urgent cases</dt>
                <dd>{f().cases.medianMinutesToFirstResponse.urgent === null ? "Not enough cases to say" : duration(f().cases.medianMinutesToFirstResponse.urgent!)}</dd>
              </div>
              <div>
                <dt>Median time to first response, safeguarding cases</dt>
                <dd>{f().cases.medianMinutesToFirstResponse.escalate === null ? "Not enough cases to say" : duration(f().cases.medianMinutesToFirstResponse.escalate!)}</dd>
              </div>
            </dl>
            <h3>Posts</h3>
            <CountsTable caption="Posts by space" head="Space" rows={f().posts.bySpace} name={spaceWord} />
            <CountsTable caption="Posts by status" head="Status" rows={f().posts.byStatus} name={postStatusWord} />
            <CountsTable caption="Posts by severity" head="Severity" rows={f().posts.bySeverity} name={severityName} />
            <CountsTable caption="Posts by category" head="Category" rows={f().posts.byCategory} name={categoryName} />
            <h3>Cases</h3>
            <CountsTable caption="Cases by space" head="Space" rows={f().cases.bySpace} name={spaceWord} />
            <CountsTable caption="Cases by severity" head="Severity" rows={f().cases.bySeverity} name={severityName} />
            <CountsTable caption="Cases by category" head="Category" rows={f().cases.byCategory} name={categoryName} />
            <CountsTable caption="Cases by outcome" head="Outcome" rows={f().cases.byOutcome} name={outcomeWord} />
            <CountsTable caption="Cases by threshold level" head="Threshold level" rows={f().cases.byThresholdLevel} name={(k) => `Level ${k}`} />
            <CountsTable caption="Cases by police ICE category" head="ICE category" rows={f().cases.byIceCategory} name={sentence} />
          </div>
        )}
      </Show>
    </>
  );
}

const SEVERITY_NAMES: Record<string, string> = {
  "4": "4 (urgent)",
  "3": "3 (safeguarding)",
  "2": "2 (review)",
  "1": "1 (published with words masked)",
  "0": "0 (published)",
};
const severityName = (k: string) => SEVERITY_NAMES[k] ?? k;
const categoryName = (k: string) => sentence(categoryWord(k));

function CountsTable(props: { caption: string; head: string; rows: CountTable; name: (key: string) => string }) {
  const entries = () => Object.entries(props.rows);
  return (
    <Show when={entries().length > 0} fallback={<p>{props.caption}: none in this period.</p>}>
      <TableRegion label={props.caption}>
        <table class="staff-table staff-table--counts">
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{props.head}</th>
              <th scope="col" class="num">
                Count
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={entries()}>
              {([key, n]) => (
                <tr>
                  <th scope="row">{key === "null" || key === "" ? "Not recorded" : props.name(key)}</th>
                  <td class="num">{countText(n)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableRegion>
    </Show>
  );
}
