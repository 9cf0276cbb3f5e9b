// One safeguarding case: the post, the timeline (with the gaps that are the service's response
// times), private messages with the author, the consistent record, actions and closure.
import { createEffect, createMemo, createSignal, For, on, Show } from "solid-js";
import { A } from "@solidjs/router";
import { staffApi, type CaseDetail, type CaseVocabulary } from "../api";
import { ErrorAlert, Heading, Highlighted, Select, Severity, TextArea, usePageTitle } from "../ui";
import { caseActionWord, categoryList, duration, isReferral, minutesBetween, outcomeWord, postStatusWord, sentence, spaceWord, when } from "../words";

interface TimelineEvent {
  at: string;
  what: string;
  by?: string;
  note?: string | null;
}

function timeline(c: CaseDetail): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  if (!c.actions.some((a) => a.type === "opened")) events.push({ at: c.openedAt, what: "Case opened (post first seen)" });
  let firstResponseShown = false;
  for (const a of c.actions) {
    if (a.type === "closed") continue;
    let what = a.type === "opened" ? "Case opened (post first seen)" : caseActionWord(a.type);
    if (!firstResponseShown && c.firstResponseAt && a.at === c.firstResponseAt && a.type !== "opened") {
      what += " (first staff response)";
      firstResponseShown = true;
    }
    events.push({ at: a.at, what, by: a.by, note: a.note });
  }
  if (c.firstResponseAt && !firstResponseShown) events.push({ at: c.firstResponseAt, what: "First staff response" });
  if (c.closedAt) events.push({ at: c.closedAt, what: `Case closed${c.outcome ? `: ${outcomeWord(c.outcome)}` : ""}`, note: c.outcomeNote });
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export default function CasePage(props: { id: string }) {
  usePageTitle(() => "Case");
  const [data, setData] = createSignal<{ case: CaseDetail; vocabulary: CaseVocabulary } | null>(null);
  const [loadError, setLoadError] = createSignal<string | null>(null);
  const [saved, setSaved] = createSignal("");

  const load = async () => {
    const res = await staffApi.caseDetail(props.id);
    if (res.ok) {
      setData(res.data);
      setLoadError(null);
    } else setLoadError(res.error);
  };
  createEffect(on(() => props.id, () => void load()));

  const done = async (text: string) => {
    await load();
    setSaved(text);
  };

  return (
    <>
      <p class="back-link">
        <A href="/staff/cases">Back to the cases</A>
      </p>
      <Show when={data()} fallback={<Heading>Case</Heading>}>
        {(d) => <Heading>Case: {categoryList(d().case.categories)}</Heading>}
      </Show>
      <ErrorAlert message={loadError()} />
      <Show when={!data() && !loadError()}>
        <p role="status">Loading the case…</p>
      </Show>
      <div role="status" class="alert-slot">
        <Show when={saved()}>
          <p class="notice">{saved()}</p>
        </Show>
      </div>
      <Show when={data()}>
        {(d) => {
          const c = () => d().case;
          const open = () => c().status === "open";
          const events = createMemo(() => timeline(c()));
          return (
            <>
              <p class="queue-item__tags">
                <Severity severity={c().severity} />
                <span class="tag">{spaceWord(c().space)}</span>
                <span class="tag">{open() ? "Open" : "Closed"}</span>
              </p>
              <dl class="facts">
                <div>
                  <dt>Opened</dt>
                  <dd>{when(c().openedAt)}</dd>
                </div>
                <div>
                  <dt>First response</dt>
                  <dd>
                    {c().timeline.minutesToFirstResponse !== null
                      ? `${duration(c().timeline.minutesToFirstResponse!)} after opening`
                      : "No staff response yet"}
                  </dd>
                </div>
                <Show when={c().closedAt}>
                  <div>
                    <dt>Closed</dt>
                    <dd>
                      {when(c().closedAt)}
                      {c().timeline.minutesToClosure !== null ? ` (${duration(c().timeline.minutesToClosure!)} after opening)` : ""}
                    </dd>
                  </div>
                  <div>
                    <dt>Outcome</dt>
                    <dd>
                      {c().outcome ? outcomeWord(c().outcome!) : "None recorded"}
                      <Show when={c().outcomeNote}>
                        <span class="user-text">: {c().outcomeNote}</span>
                      </Show>
                    </dd>
                  </div>
                </Show>
                <div>
                  <dt>Threshold level</dt>
                  <dd>{c().thresholdLevel ? `${c().thresholdLevel}: ${d().vocabulary.thresholdLevels[String(c().thresholdLevel)] ?? ""}` : "Not recorded"}</dd>
                </div>
                <div>
                  <dt>ICE category</dt>
                  <dd>{c().iceCategory ? sentence(c().iceCategory!) : "Not recorded"}</dd>
                </div>
                <div>
                  <dt>Can we message the author?</dt>
                  <dd>{c().authorReachable ? "Yes, through Harbour" : "No: they deleted their made-up name"}</dd>
                </div>
              </dl>

              <h2>What was written</h2>
              <Show when={c().post} fallback={<p>The post is no longer stored.</p>}>
                {(p) => (
                  <>
                    <p class="meta">Post status: {postStatusWord(p().status)}. Highlighted words are what the engine matched.</p>
                    <div class="author-text">
                      <Highlighted segments={p().segments} />
                    </div>
                  </>
                )}
              </Show>

              <h2>Timeline</h2>
              <ol class="timeline">
                <For each={events()}>
                  {(e, i) => (
                    <li class="timeline__event">
                      <p class="timeline__what">
                        <strong>{e.what}</strong>
                        <Show when={e.by}> by {e.by}</Show>
                      </p>
                      <p class="meta">
                        <time datetime={e.at}>{when(e.at)}</time>
                        <Show when={i() > 0}>
                          {" "}
                          · {duration(minutesBetween(events()[i() - 1]!.at, e.at))} after the previous step
                        </Show>
                      </p>
                      <Show when={e.note}>
                        <p class="user-text timeline__note">{e.note}</p>
                      </Show>
                    </li>
                  )}
                </For>
              </ol>

              <h2>Messages with the author</h2>
              <Show when={c().messages.length > 0} fallback={<p>No messages yet.</p>}>
                <ol class="messages">
                  <For each={c().messages}>
                    {(m) => (
                      <li class={m.from === "author" ? "message message--author" : "message"}>
                        <p class="message__from">
                          <strong>{m.from === "author" ? "The author" : m.from}</strong>{" "}
                          <span class="meta">
                            <time datetime={m.at}>{when(m.at)}</time>
                          </span>
                        </p>
                        <p class="user-text">{m.body}</p>
                      </li>
                    )}
                  </For>
                </ol>
              </Show>
              <Show when={open() && c().authorReachable}>
                <MessageForm id={c().id} onDone={() => void done("Message sent. The author will see it in Harbour.")} />
              </Show>

              <h2>Record</h2>
              <RecordForm c={c()} vocabulary={d().vocabulary} onDone={() => void done("Record saved.")} />

              <Show when={open()}>
                <h2>Record an action</h2>
                <ActionForm c={c()} vocabulary={d().vocabulary} onDone={() => void done("Action recorded on the timeline.")} />
                <h2>Close the case</h2>
                <CloseForm c={c()} vocabulary={d().vocabulary} onDone={() => void done("Case closed.")} />
              </Show>
              <p class="small-print">Opening this case was recorded in the audit log as a view.</p>
            </>
          );
        }}
      </Show>
    </>
  );
}

function MessageForm(props: { id: string; onDone: () => void }) {
  const [body, setBody] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    if (!body().trim()) return setError("Write the message first.");
    setBusy(true);
    setError(null);
    const res = await staffApi.caseMessage(props.id, body().trim());
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setBody("");
    props.onDone();
  };
  return (
    <form class="form staff-form" onSubmit={(e) => void submit(e)} novalidate>
      <TextArea
        id="case-message"
        label="Private message to the author"
        hint="They read it in Harbour, under their made-up name. Use kind, plain words a 13-year-old understands."
        value={body()}
        onInput={setBody}
        rows={4}
        maxLength={5000}
        error={error()}
      />
      <button type="submit" class="button" aria-disabled={busy() ? "true" : undefined}>
        Send message
      </button>
    </form>
  );
}

function RecordForm(props: { c: CaseDetail; vocabulary: CaseVocabulary; onDone: () => void }) {
  const [level, setLevel] = createSignal(props.c.thresholdLevel ? String(props.c.thresholdLevel) : "");
  const [ice, setIce] = createSignal(props.c.iceCategory ?? "");
  const [error, setError] = createSignal<string | null>(null);
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setError(null);
    const res = await staffApi.caseRecord(props.c.id, { thresholdLevel: level() ? Number(level()) : null, iceCategory: ice() || null });
    if (!res.ok) return setError(res.error);
    props.onDone();
  };
  return (
    <form class="form staff-form" onSubmit={(e) => void submit(e)} novalidate>
      <Select
        id="case-threshold"
        label="Threshold level"
        hint="The local continuum of need."
        value={level()}
        onChange={setLevel}
        options={[{ value: "", label: "Not recorded" }, ...Object.entries(props.vocabulary.thresholdLevels).map(([k, v]) => ({ value: k, label: `${k}: ${v}` }))]}
      />
      <Select
        id="case-ice"
        label="Police ICE category"
        hint="Only where one applies."
        value={ice()}
        onChange={setIce}
        options={[{ value: "", label: "None" }, ...props.vocabulary.iceCategories.map((c) => ({ value: c, label: sentence(c) }))]}
      />
      <button type="submit" class="button">
        Save record
      </button>
      <ErrorAlert message={error()} />
    </form>
  );
}

function ActionForm(props: { c: CaseDetail; vocabulary: CaseVocabulary; onDone: () => void }) {
  const [type, setType] = createSignal(props.vocabulary.actions[0] ?? "note");
  const [note, setNote] = createSignal("");
  const [consent, setConsent] = createSignal(false);
  const [because, setBecause] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const danger = () => props.c.categories.includes("immediate_danger");
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setError(null);
    if (isReferral(type()) && !consent()) {
      if (!danger()) return setError("A referral needs the author's consent. Tick the box once they have agreed.");
      if (!because().trim()) return setError("Say why you're referring without the author's consent.");
    }
    const res = await staffApi.caseAction(props.c.id, {
      type: type(),
      ...(note().trim() ? { note: note().trim() } : {}),
      ...(isReferral(type()) ? { consent: consent() } : {}),
      ...(isReferral(type()) && !consent() && because().trim() ? { withoutConsentBecause: because().trim() } : {}),
    });
    if (!res.ok) return setError(res.error);
    setNote("");
    setBecause("");
    setConsent(false);
    props.onDone();
  };
  return (
    <form class="form staff-form" onSubmit={(e) => void submit(e)} novalidate>
      <Select id="case-action" label="Action" value={type()} onChange={setType} options={props.vocabulary.actions.map((a) => ({ value: a, label: caseActionWord(a) }))} />
      <Show when={isReferral(type())}>
        <div class="check">
          <input id="case-consent" type="checkbox" class="check__input" checked={consent()} onChange={(e) => setConsent(e.currentTarget.checked)} />
          <label for="case-consent" class="check__label">
            The author has agreed to this referral
          </label>
        </div>
        <Show when={!consent() && danger()}>
          <TextArea
            id="case-without-consent"
            label="Why you're going ahead without consent"
            hint="Only when a child may be in immediate danger. This goes on the record."
            value={because()}
            onInput={setBecause}
            maxLength={2000}
          />
        </Show>
      </Show>
      <TextArea id="case-action-note" label="Note (optional)" value={note()} onInput={setNote} maxLength={4000} />
      <button type="submit" class="button">
        Record action
      </button>
      <ErrorAlert message={error()} />
    </form>
  );
}

function CloseForm(props: { c: CaseDetail; vocabulary: CaseVocabulary; onDone: () => void }) {
  const [outcome, setOutcome] = createSignal(props.vocabulary.outcomes[0] ?? "");
  const [note, setNote] = createSignal("");
  const [confirming, setConfirming] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  let confirmButton: HTMLButtonElement | undefined;
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setError(null);
    if (!confirming()) {
      setConfirming(true);
      requestAnimationFrame(() => confirmButton?.focus());
      return;
    }
    const res = await staffApi.closeCase(props.c.id, outcome(), note().trim() || undefined);
    setConfirming(false);
    if (!res.ok) return setError(res.error);
    props.onDone();
  };
  return (
    <form class="form staff-form" onSubmit={(e) => void submit(e)} novalidate>
      <Select id="case-outcome" label="Outcome" value={outcome()} onChange={setOutcome} options={props.vocabulary.outcomes.map((o) => ({ value: o, label: outcomeWord(o) }))} />
      <TextArea id="case-outcome-note" label="Closing note (optional)" value={note()} onInput={setNote} maxLength={4000} />
      <Show
        when={confirming()}
        fallback={
          <button type="submit" class="button button--secondary">
            Close case…
          </button>
        }
      >
        <div class="panel panel--warning">
          <p>Close this case as “{outcomeWord(outcome())}”? You can't reopen it or message the author afterwards.</p>
          <div class="button-row">
            <button type="submit" class="button button--warning" ref={confirmButton}>
              Yes, close the case
            </button>
            <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      </Show>
      <ErrorAlert message={error()} />
    </form>
  );
}
