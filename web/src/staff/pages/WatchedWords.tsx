// Watched words: a safeguarding lead teaches Harbour a new phrase (new slang, a local dare) without
// a release, sees first what it would do to the last 30 days of posts, and can undo any change.
// Built-in rules can be switched off with a reason, never deleted. Admins can read, not change.
import { createResource, createSignal, For, Show } from "solid-js";
import { staffApi, type BuiltInRule, type WatchedPreview, type WatchedPreviewInput, type WatchedWord } from "../api";
import { staff } from "../session";
import { ErrorAlert, Heading, Input, Select, StatusNotice, TableRegion, TextArea, usePageTitle } from "../ui";
import { categoryWord, when } from "../words";

function PreviewTable(props: { preview: WatchedPreview }) {
  const moved = () => props.preview.matches.filter((m) => m.severityNow !== m.severityWith).length;
  return (
    <div class="panel">
      <p role="status">
        {props.preview.matches.length === 0
          ? `This would catch none of the ${props.preview.scanned} posts of the last ${props.preview.days} days.`
          : `Of the ${props.preview.scanned} posts of the last ${props.preview.days} days, this touches ${props.preview.matches.length}; ${moved()} would get a different verdict.`}
      </p>
      <Show when={props.preview.matches.length > 0}>
        <TableRegion label="Posts the change would touch">
          <table>
            <thead>
              <tr>
                <th scope="col">Written</th>
                <th scope="col">Verdict now</th>
                <th scope="col">With the change</th>
                <th scope="col">Post (details hidden)</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.preview.matches}>
                {(m) => (
                  <tr>
                    <td>{when(m.createdAt)}</td>
                    <td>
                      Severity {m.severityNow}
                      {m.categoriesNow.length ? `: ${m.categoriesNow.map(categoryWord).join(", ")}` : ""}
                    </td>
                    <td>
                      Severity {m.severityWith}
                      {m.categoriesWith.length ? `: ${m.categoriesWith.map(categoryWord).join(", ")}` : ""}
                    </td>
                    <td class="user-text">{m.excerpt}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </TableRegion>
      </Show>
    </div>
  );
}

export default function WatchedWordsPage() {
  usePageTitle(() => "Watched words");
  const canChange = () => staff()?.role === "safeguarding_lead";
  const [data, { refetch }] = createResource(async () => {
    const res = await staffApi.watchedWords();
    return res.ok ? res.data : null;
  });
  const [rules, { refetch: refetchRules }] = createResource(async () => {
    const res = await staffApi.builtInRules();
    return res.ok ? res.data.rules : [];
  });
  const [status, setStatus] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);

  // The one change being prepared: it is previewed, then saved with a reason.
  const [phrase, setPhrase] = createSignal("");
  const [category, setCategory] = createSignal("self_harm");
  const [reason, setReason] = createSignal("");
  const [editing, setEditing] = createSignal<WatchedWord | null>(null);
  const [pending, setPending] = createSignal<{ input: WatchedPreviewInput; label: string } | null>(null);
  const [preview, setPreview] = createSignal<WatchedPreview | null>(null);
  const [ruleFilter, setRuleFilter] = createSignal("");

  const reset = () => {
    setPhrase("");
    setReason("");
    setEditing(null);
    setPending(null);
    setPreview(null);
  };
  const reload = async (text: string) => {
    reset();
    await Promise.all([refetch(), refetchRules()]);
    setStatus(text);
  };

  const runPreview = async (input: WatchedPreviewInput, label: string) => {
    setError(null);
    setStatus("");
    const res = await staffApi.previewWatched(input);
    if (!res.ok) return setError(res.error);
    setPending({ input, label });
    setPreview(res.data);
  };

  const previewPhrase = (e: SubmitEvent) => {
    e.preventDefault();
    const w = editing();
    void runPreview(w ? { id: w.id, phrase: phrase(), category: category() } : { phrase: phrase(), category: category() }, w ? `Change "${w.phrase}"` : `Watch "${phrase().trim()}"`);
  };

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const p = pending();
    if (!p) return;
    setError(null);
    if (reason().trim().length < 3) return setError("Say why, in a few words: it goes on the record with your name.");
    const i = p.input;
    const res =
      "ruleId" in i
        ? await staffApi.setRule(i.ruleId, i.active, reason().trim())
        : "phrase" in i
          ? i.id
            ? await staffApi.changeWatched(i.id, { phrase: i.phrase, category: i.category, reason: reason().trim() })
            : await staffApi.addWatched(i.phrase, i.category, reason().trim())
          : await staffApi.changeWatched(i.id, { active: i.active, reason: reason().trim() });
    if (!res.ok) return setError(res.error);
    await reload(`Saved as version ${res.data.version}. The next post on every Harbour server uses it.`);
  };

  const restore = async (version: number) => {
    setError(null);
    const res = await staffApi.rollbackWatched(version);
    if (!res.ok) return setError(res.error);
    await reload(`Version ${version} is active again (saved as version ${res.data.version}).`);
  };

  const categories = () => data()?.categories ?? [];
  const shownRules = () => {
    const f = ruleFilter().trim().toLowerCase();
    const all = rules() ?? [];
    return (f ? all.filter((r) => r.id.toLowerCase().includes(f) || r.note.toLowerCase().includes(f)) : all.filter((r) => !r.active)).slice(0, 50);
  };

  return (
    <>
      <Heading>Watched words</Heading>
      <p>
        Teach Harbour a new phrase (new slang, a dare going round) without waiting for a release. Each phrase is matched the way the built-in
        rules are, so spellings like "fr0stb1te" are caught too. Every change is a new version with your name and reason, and any earlier version
        can be restored.
      </p>
      <p class="meta">
        The help young people see while they type uses only the built-in rules, never these phrases: anyone could read what the browser is sent,
        and a list of what we watch for would show how to get round it. The server applies them to every post.
      </p>
      <Show when={!canChange()}>
        <p class="meta">Only safeguarding leads can change watched words.</p>
      </Show>
      <ErrorAlert message={error()} />
      <StatusNotice text={status()} />

      <Show when={canChange()}>
        <h2>{editing() ? `Change "${editing()!.phrase}"` : "Add a phrase"}</h2>
        <form class="form staff-form" onSubmit={previewPhrase} novalidate>
          <Input id="watched-phrase" label="Words to watch for" hint="Plain words. End a word with * to catch its endings (unaliv*)." value={phrase()} onInput={setPhrase} maxLength={80} />
          <Select id="watched-category" label="Category" value={category()} onChange={setCategory} options={categories().map((c) => ({ value: c, label: categoryWord(c) }))} />
          <div class="button-row">
            <button type="submit" class="button">
              Preview
            </button>
            <Show when={editing()}>
              <button type="button" class="button button--secondary" onClick={reset}>
                Cancel
              </button>
            </Show>
          </div>
        </form>
      </Show>

      <Show when={preview() && pending()}>
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading" tabindex="-1">
            Preview: {pending()!.label}
          </h2>
          <PreviewTable preview={preview()!} />
          <form class="form staff-form" onSubmit={(e) => void save(e)} novalidate>
            <TextArea id="watched-reason" label="Why (goes on the record)" value={reason()} onInput={setReason} maxLength={1000} />
            <div class="button-row">
              <button type="submit" class="button">
                Save this change
              </button>
              <button type="button" class="button button--secondary" onClick={reset}>
                Don't save
              </button>
            </div>
          </form>
        </section>
      </Show>

      <h2>Phrases</h2>
      <Show when={(data()?.words.length ?? 0) > 0} fallback={<p>No watched phrases yet.</p>}>
        <TableRegion label="Watched phrases">
          <table>
            <thead>
              <tr>
                <th scope="col">Phrase</th>
                <th scope="col">Category</th>
                <th scope="col">State</th>
                <th scope="col">Last change</th>
                <Show when={canChange()}>
                  <th scope="col">Change</th>
                </Show>
              </tr>
            </thead>
            <tbody>
              <For each={data()?.words ?? []}>
                {(w) => (
                  <tr>
                    <th scope="row" class="user-text">
                      {w.phrase}
                    </th>
                    <td>{categoryWord(w.category)}</td>
                    <td>{w.active ? "On" : "Off"}</td>
                    <td>
                      {w.by}, {when(w.at)}: <span class="user-text">{w.reason}</span>
                    </td>
                    <Show when={canChange()}>
                      <td>
                        <div class="button-row">
                          <button
                            type="button"
                            class="button button--secondary"
                            onClick={() => {
                              setEditing(w);
                              setPhrase(w.phrase);
                              setCategory(w.category);
                              setPreview(null);
                            }}
                          >
                            Edit<span class="visually-hidden"> {w.phrase}</span>
                          </button>
                          <button type="button" class="button button--secondary" onClick={() => void runPreview({ id: w.id, active: !w.active }, `${w.active ? "Switch off" : "Switch on"} "${w.phrase}"`)}>
                            {w.active ? "Switch off" : "Switch on"}
                            <span class="visually-hidden"> {w.phrase}</span>
                          </button>
                        </div>
                      </td>
                    </Show>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </TableRegion>
      </Show>

      <h2>Built-in rules</h2>
      <p>Switched-off rules are listed here; search to find one to switch off. A rule is never deleted.</p>
      <Input id="rule-filter" label="Search the built-in rules" value={ruleFilter()} onInput={setRuleFilter} maxLength={80} />
      <Show when={shownRules().length > 0} fallback={<p>{ruleFilter() ? "No rule matches that search." : "Every built-in rule is on."}</p>}>
        <ul class="rule-list">
          <For each={shownRules()}>
            {(r: BuiltInRule) => (
              <li>
                <p>
                  <strong>{r.id}</strong> ({categoryWord(r.category)}): {r.note}
                </p>
                <Show when={r.disabled}>
                  {(d) => (
                    <p class="meta">
                      Switched off by {d().by}, {when(d().at)}: <span class="user-text">{d().reason}</span>
                    </p>
                  )}
                </Show>
                <Show when={canChange()}>
                  <button type="button" class="button button--secondary" onClick={() => void runPreview({ ruleId: r.id, active: !r.active }, `${r.active ? "Switch off" : "Switch back on"} ${r.id}`)}>
                    {r.active ? "Preview switching it off" : "Preview switching it back on"}
                    <span class="visually-hidden"> {r.id}</span>
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>

      <h2>Versions</h2>
      <Show when={(data()?.versions.length ?? 0) > 0} fallback={<p>No changes yet: only the built-in rules apply.</p>}>
        <TableRegion label="Versions of the watched words">
          <table>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Who and when</th>
                <th scope="col">What changed, and why</th>
                <Show when={canChange()}>
                  <th scope="col">Restore</th>
                </Show>
              </tr>
            </thead>
            <tbody>
              <For each={data()?.versions ?? []}>
                {(v) => (
                  <tr>
                    <th scope="row">
                      {v.version}
                      {v.version === data()?.version ? " (active)" : ""}
                    </th>
                    <td>
                      {v.by}, {when(v.at)}
                    </td>
                    <td>
                      <span class="user-text">{v.change}</span>: <span class="user-text">{v.reason}</span>
                    </td>
                    <Show when={canChange()}>
                      <td>
                        <Show when={v.version !== data()?.version}>
                          <button type="button" class="button button--secondary" onClick={() => void restore(v.version)}>
                            Restore version {v.version}
                          </button>
                        </Show>
                      </td>
                    </Show>
                  </tr>
                )}
              </For>
              <tr>
                <th scope="row">0{data()?.version === 0 ? " (active)" : ""}</th>
                <td>Harbour</td>
                <td>The built-in rules only, nothing switched off</td>
                <Show when={canChange()}>
                  <td>
                    <Show when={data()?.version !== 0}>
                      <button type="button" class="button button--secondary" onClick={() => void restore(0)}>
                        Restore version 0
                      </button>
                    </Show>
                  </td>
                </Show>
              </tr>
            </tbody>
          </table>
        </TableRegion>
      </Show>
    </>
  );
}
