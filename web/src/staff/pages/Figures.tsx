// Figures for partnership leads: what young people and parents bring to Harbour and how fast we
// respond, by week or month. Counts only, never text or names; 1 to 4 shown as "fewer than 5",
// other counts rounded to the nearest 5 so no small number can be worked out. Charts have tables.
import { createSignal, For, onMount, Show } from "solid-js";
import { staffApi, type Count, type Figures, type FigureRow, type ResponseTimes } from "../api";
import { countText, ErrorAlert, Heading, Input, Select, TableRegion, usePageTitle } from "../ui";
import { categoryWord, duration, outcomeWord, sentence, spaceWord } from "../words";
import PeriodChart from "./PeriodChart";

const day = (d: Date) => d.toISOString().slice(0, 10);

const SEVERITY_NAMES: Record<string, string> = { "4": "4 (urgent)", "3": "3 (safeguarding)", "2": "2 (review)", "1": "1 (published, words masked)", "0": "0 (published)" };
const RESPONSE_NAMES: Record<string, string> = { no_response_yet: "No response yet" };
const valueName: Record<string, (k: string) => string> = {
  space: spaceWord,
  case_space: spaceWord,
  reports: spaceWord,
  severity: (k) => SEVERITY_NAMES[k] ?? k,
  case_severity: (k) => SEVERITY_NAMES[k] ?? k,
  category: (k) => (k === "none" ? "Nothing found" : sentence(categoryWord(k))),
  escalated_category: (k) => sentence(categoryWord(k)),
  case_category: (k) => sentence(categoryWord(k)),
  outcome: (k) => (k === "not_recorded" ? "Not recorded" : outcomeWord(k)),
  threshold_level: (k) => (k === "not_recorded" ? "Not recorded" : `Level ${k}`),
  first_response_urgent: (k) => RESPONSE_NAMES[k] ?? sentence(k),
  first_response_escalated: (k) => RESPONSE_NAMES[k] ?? sentence(k),
};

const TABLES: { dimension: string; caption: string }[] = [
  { dimension: "space", caption: "Posts by space" },
  { dimension: "category", caption: "Posts by category (a post can have more than one)" },
  { dimension: "severity", caption: "Posts by severity" },
  { dimension: "escalated_category", caption: "Escalated posts (severity 3 and 4) by category" },
  { dimension: "case_category", caption: "Safeguarding cases opened, by category" },
  { dimension: "case_severity", caption: "Safeguarding cases opened, by severity" },
  { dimension: "outcome", caption: "Cases closed, by outcome" },
  { dimension: "threshold_level", caption: "Cases closed, by threshold level" },
  { dimension: "reports", caption: "Reports made by users, by space" },
  { dimension: "first_response_urgent", caption: "Urgent cases, by time to first response" },
  { dimension: "first_response_escalated", caption: "Safeguarding cases, by time to first response" },
];

const total = (rows: FigureRow[], dimension: string): Count => rows.find((r) => r.dimension === dimension && r.value === "all")?.count ?? "<5";

export default function FiguresPage() {
  usePageTitle(() => "Figures");
  const today = new Date();
  const [from, setFrom] = createSignal(day(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 5, 1))));
  const [to, setTo] = createSignal(day(today));
  const [period, setPeriod] = createSignal<"week" | "month">("month");
  const [figures, setFigures] = createSignal<Figures | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  const load = async () => {
    if (busy()) return;
    setError(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from()) || !/^\d{4}-\d{2}-\d{2}$/.test(to())) return setError("Choose both dates: from and to.");
    setBusy(true);
    const res = await staffApi.figures(from(), to(), period());
    setBusy(false);
    if (res.ok) setFigures(res.data);
    else setError(res.error);
  };
  onMount(() => void load());
  const csvHref = () => `/api/partnership/figures.csv?${new URLSearchParams({ from: from(), to: to(), period: period() }).toString()}`;

  return (
    <>
      <Heading>Figures</Heading>
      <p>
        Counts only: no text and no names. Any count from 1 to 4 is shown as “fewer than 5”, and every other count is rounded to the nearest 5, so
        nobody can be picked out, even by subtracting one figure from another. Figures are counted over whole weeks or months.
      </p>
      <form class="form staff-form date-range" onSubmit={(e) => (e.preventDefault(), void load())} novalidate>
        <Input id="figures-from" label="From" type="date" value={from()} onInput={setFrom} />
        <Input id="figures-to" label="To (inclusive)" type="date" value={to()} onInput={setTo} />
        <Select id="figures-period" label="Count by" value={period()} onChange={(v) => setPeriod(v === "week" ? "week" : "month")} options={[{ value: "month", label: "Month" }, { value: "week", label: "Week" }]} />
        <button type="submit" class="button" aria-disabled={busy() ? "true" : undefined}>
          Show figures
        </button>
      </form>
      <ErrorAlert message={error()} />
      <Show when={figures()}>
        {(f) => (
          <div aria-live="polite">
            <h2>
              {f().from} to {f().to}, by {f().period}
            </h2>
            <p>
              <a class="button button--secondary" href={csvHref()} download="">
                Download these figures (CSV)
              </a>
            </p>
            <dl class="facts">
              <div>
                <dt>Posts</dt>
                <dd>{countText(total(f().totals, "space"))}</dd>
              </div>
              <div>
                <dt>Safeguarding cases opened</dt>
                <dd>{countText(total(f().totals, "case_space"))}</dd>
              </div>
              <div>
                <dt>Reports made by users</dt>
                <dd>{countText(total(f().totals, "reports"))}</dd>
              </div>
            </dl>
            <h3>How fast we respond</h3>
            <ResponseTable urgent={f().responseTimes.urgent} escalated={f().responseTimes.escalated} />
            <For each={TABLES}>{(t) => <DimensionSection figures={f()} dimension={t.dimension} caption={t.caption} />}</For>
          </div>
        )}
      </Show>
    </>
  );
}

function ResponseTable(props: { urgent: ResponseTimes; escalated: ResponseTimes }) {
  const time = (m: number | null) => (m === null ? "Not enough cases to say" : duration(m));
  const row = (label: string, r: ResponseTimes) => (
    <tr>
      <th scope="row">{label}</th>
      <td class="num">{countText(r.cases)}</td>
      <td>{duration(r.targetMinutes)}</td>
      <td>{time(r.medianMinutes)}</td>
      <td>{time(r.p90Minutes)}</td>
      <td class="num">{countText(r.withinTarget)}</td>
    </tr>
  );
  return (
    <TableRegion label="Time to first staff response">
      <table class="staff-table">
        <caption>Time to first staff response, against the targets</caption>
        <thead>
          <tr>
            <th scope="col">Cases</th>
            <th scope="col" class="num">Opened</th>
            <th scope="col">Target</th>
            <th scope="col">Median</th>
            <th scope="col">9 in 10 within</th>
            <th scope="col" class="num">Within target</th>
          </tr>
        </thead>
        <tbody>
          {row("Urgent (severity 4)", props.urgent)}
          {row("Safeguarding (severity 3)", props.escalated)}
        </tbody>
      </table>
    </TableRegion>
  );
}

function DimensionSection(props: { figures: Figures; dimension: string; caption: string }) {
  const name = (k: string) => (valueName[props.dimension] ?? sentence)(k);
  const values = () => props.figures.totals.filter((r) => r.dimension === props.dimension && r.value !== "all");
  const cell = (period: string, value: string) => props.figures.rows.find((r) => r.period === period && r.dimension === props.dimension && r.value === value)?.count;
  const points = () => props.figures.periods.map((p) => ({ period: p, count: cell(p, "all") ?? ("<5" as Count) }));
  return (
    <section>
      <h3>{props.caption}</h3>
      <Show when={values().length > 0} fallback={<p>None in this period.</p>}>
        <PeriodChart title={`${props.caption}, all`} points={points()} />
        <TableRegion label={props.caption}>
          <table class="staff-table staff-table--counts">
            <caption>{props.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{props.figures.period === "week" ? "Week" : "Month"}</th>
                <For each={values()}>{(v) => <th scope="col" class="num">{name(v.value)}</th>}</For>
                <th scope="col" class="num">All</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.figures.periods}>
                {(p) => (
                  <tr>
                    <th scope="row">{p}</th>
                    <For each={values()}>{(v) => <td class="num">{cell(p, v.value) === undefined ? "0" : countText(cell(p, v.value))}</td>}</For>
                    <td class="num">{countText(cell(p, "all"))}</td>
                  </tr>
                )}
              </For>
              <tr>
                <th scope="row">Whole range</th>
                <For each={values()}>{(v) => <td class="num">{countText(v.count)}</td>}</For>
                <td class="num">{countText(total(props.figures.totals, props.dimension))}</td>
              </tr>
            </tbody>
          </table>
        </TableRegion>
      </Show>
    </section>
  );
}
