// Safeguarding cases: open ones first by default, with how fast each got its first response.
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { A } from "@solidjs/router";
import { staffApi, type CaseSummary } from "../api";
import { ErrorAlert, Heading, Severity, TableRegion, usePageTitle } from "../ui";
import { categoryList, duration, minutesBetween, outcomeWord, spaceWord, when } from "../words";

type Filter = "open" | "closed" | "all";
const FILTERS: { value: Filter; label: string }[] = [
  { value: "open", label: "Open" },
  { value: "closed", label: "Closed" },
  { value: "all", label: "All" },
];

export default function Cases() {
  usePageTitle(() => "Cases");
  const [filter, setFilter] = createSignal<Filter>("open");
  const [cases, setCases] = createSignal<CaseSummary[] | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  createEffect(
    on(filter, async (f) => {
      setCases(null);
      setError(null);
      const res = await staffApi.cases(f);
      if (res.ok) setCases(res.data.cases);
      else setError(res.error);
    }),
  );

  const firstResponse = (c: CaseSummary) =>
    c.firstResponseAt ? `${duration(minutesBetween(c.openedAt, c.firstResponseAt))} after opening` : "No response yet";

  return (
    <>
      <Heading>Cases</Heading>
      <fieldset class="fieldset filter">
        <legend class="field__label">Show</legend>
        <div class="filter__options">
          <For each={FILTERS}>
            {(f) => (
              <div class="radio radio--inline">
                <input
                  type="radio"
                  class="radio__input"
                  name="case-filter"
                  id={`case-filter-${f.value}`}
                  checked={filter() === f.value}
                  onChange={() => setFilter(f.value)}
                />
                <label class="radio__label" for={`case-filter-${f.value}`}>
                  {f.label}
                </label>
              </div>
            )}
          </For>
        </div>
      </fieldset>
      <ErrorAlert message={error()} />
      <Show when={cases()} fallback={<Show when={!error()}><p role="status">Loading cases…</p></Show>}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>No {filter() === "all" ? "" : `${filter()} `}cases.</p>}>
            <TableRegion label="Cases">
              <table class="staff-table">
                <caption class="visually-hidden">
                  {FILTERS.find((f) => f.value === filter())!.label} cases ({list().length})
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Case</th>
                    <th scope="col">Severity</th>
                    <th scope="col">Space</th>
                    <th scope="col">Opened</th>
                    <th scope="col">First response</th>
                    <th scope="col">Handling lead</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(c) => (
                      <tr>
                        <th scope="row">
                          <A href={`/staff/cases/${encodeURIComponent(c.id)}`}>{categoryList(c.categories)}</A>
                        </th>
                        <td>
                          <Severity severity={c.severity} />
                        </td>
                        <td>{spaceWord(c.space)}</td>
                        <td>{when(c.openedAt)}</td>
                        <td>{firstResponse(c)}</td>
                        <td>{c.handledBy ?? "Nobody yet"}</td>
                        <td>{c.status === "open" ? "Open" : `Closed: ${c.outcome ? outcomeWord(c.outcome) : "no outcome"}`}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </TableRegion>
          </Show>
        )}
      </Show>
    </>
  );
}
