// One safeguarding case: the post, the timeline (with the gaps that are the service's response
// times), private messages with the author, the consistent record, actions and closure.
import { createEffect, createMemo, createResource, createSignal, For, Match, on, Show, Switch } from "solid-js";
import { A } from "@solidjs/router";
import { staffApi, type CaseDetail, type CaseVocabulary } from "../api";
import { ErrorAlert, Heading, Highlighted, Select, Severity, TextArea, usePageTitle } from "../ui";
import { caseActionWord, categoryList, contactStateWord, duration, isReferral, minutesBetween, outcomeWord, postStatusWord, sentence, spaceWord, when } from "../words";

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
                  <dt>Handling lead</dt>
                  <dd>{c().handledBy ? `${c().handledByMe ? "You" : c().handledBy}${c().handledSince ? ` (since ${when(c().handledSince)})` : ""}` : "Nobody yet"}</dd>
                </div>
                <div>
                  <dt>Contact details</dt>
                  <dd>{contactStateWord(c().contactState)}</dd>
                </div>
                <div>
                  <dt>Can we message the author?</dt>
                  <dd>{c().authorReachable ? "Yes, through Harbour" : "No: they deleted their made-up name"}</dd>
                </div>
              </dl>

              <Show when={open()}>
                <Ownership c={c()} onDone={(text) => void done(text)} />
              </Show>
              <Show when={c().contactState === "shared" && open()}>
                <ContactDetails c={c()} onRead={() => void load()} />
              </Show>

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
                          <Show when={m.asksForContact}>
                            <span class="tag">Asked for contact details</span>{" "}
                          </Show>
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
                <MessageForm c={c()} onDone={() => void done("Message sent. The author will see it in Harbour.")} />
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

/** Who handles the case: claim it, take it over with a reason, or hand it to another lead. */
function Ownership(props: { c: CaseDetail; onDone: (text: string) => void }) {
  const [leads] = createResource(async () => {
    const res = await staffApi.leads();
    return res.ok ? res.data.leads : [];
  });
  const [to, setTo] = createSignal("");
  const [note, setNote] = createSignal("");
  const [reason, setReason] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const claim = async (takeOver: boolean) => {
    setError(null);
    if (takeOver && !reason().trim()) return setError("Say why you're taking the case over (it goes on the record).");
    const res = await staffApi.claimCase(props.c.id, takeOver ? reason().trim() : undefined);
    if (!res.ok) return setError(res.error);
    props.onDone("You are now handling this case.");
  };
  const handOver = async (e: SubmitEvent) => {
    e.preventDefault();
    setError(null);
    if (!to()) return setError("Choose the lead to hand the case to.");
    const res = await staffApi.handOver(props.c.id, to(), note().trim() || undefined);
    if (!res.ok) return setError(res.error);
    props.onDone(`Handed over to ${to()}.`);
  };
  const others = () => (leads() ?? []).filter((l) => l !== props.c.handledBy);
  return (
    <section aria-labelledby="ownership-heading">
      <h2 id="ownership-heading">Who is handling this case</h2>
      <Switch>
        <Match when={!props.c.handledBy}>
          <p>Nobody is handling this case yet. The handling lead is the only person who can ask for and read the author's contact details.</p>
          <button type="button" class="button" onClick={() => void claim(false)}>
            Handle this case
          </button>
        </Match>
        <Match when={props.c.handledByMe}>
          <form class="form staff-form" onSubmit={(e) => void handOver(e)} novalidate>
            <p>You are handling this case.</p>
            <Select id="case-handover-to" label="Hand over to" value={to()} onChange={setTo} options={[{ value: "", label: "Choose a lead" }, ...others().map((l) => ({ value: l, label: l }))]} />
            <TextArea id="case-handover-note" label="Note for them (optional)" value={note()} onInput={setNote} maxLength={2000} />
            <button type="submit" class="button button--secondary">
              Hand over
            </button>
          </form>
        </Match>
        <Match when={props.c.handledBy}>
          <p>{props.c.handledBy} is handling this case. If they can't (off shift, away), you can take it over; they and the record will show why.</p>
          <TextArea id="case-takeover-reason" label="Why you're taking it over" value={reason()} onInput={setReason} maxLength={1000} />
          <button type="button" class="button button--secondary" onClick={() => void claim(true)}>
            Take the case over
          </button>
        </Match>
      </Switch>
      <ErrorAlert message={error()} />
    </section>
  );
}

/** The author's shared contact details: shown only on request, only to the handling lead; each opening is audited. */
function ContactDetails(props: { c: CaseDetail; onRead: () => void }) {
  const [contact, setContact] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const show = async () => {
    setError(null);
    const res = await staffApi.caseContact(props.c.id);
    if (!res.ok) return setError(res.error);
    setContact(res.data.contact);
    props.onRead();
  };
  return (
    <section aria-labelledby="contact-heading" class="panel">
      <h2 id="contact-heading">How to reach the author</h2>
      <p>
        The author chose to share this for this case only. Use it only to get them help. It is deleted when the case closes, or at once if
        they take it back.
      </p>
      <Show
        when={props.c.handledByMe}
        fallback={<p>Only the handling lead ({props.c.handledBy ?? "nobody yet"}) can open these details.</p>}
      >
        <Show
          when={contact()}
          fallback={
            <button type="button" class="button" onClick={() => void show()}>
              Show contact details (recorded in the audit log)
            </button>
          }
        >
          {(text) => <p class="user-text contact-details">{text()}</p>}
        </Show>
      </Show>
      <ErrorAlert message={error()} />
    </section>
  );
}

function MessageForm(props: { c: CaseDetail; onDone: () => void }) {
  const [ask, setAsk] = createSignal(false);
  // Only the handling lead (or a lead about to become it) asks; there is no point once they've shared.
  const canAsk = () => (props.c.handledByMe || !props.c.handledBy) && props.c.contactState !== "shared";
  const [body, setBody] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    if (!body().trim()) return setError("Write the message first.");
    setBusy(true);
    setError(null);
    const res = await staffApi.caseMessage(props.c.id, body().trim(), ask() && canAsk());
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setBody("");
    setAsk(false);
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
      <Show when={canAsk()}>
        <div class="check">
          <input id="case-ask-contact" type="checkbox" class="check__input" checked={ask()} onChange={(e) => setAsk(e.currentTarget.checked)} />
          <label for="case-ask-contact" class="check__label">
            Ask whether they'd like to share a way to reach them
          </label>
        </div>
        <p class="meta">
          They'll see a form saying who sees the details (only the handling lead{props.c.handledBy ? "" : ": you, once you send this"}), why, and that they are
          deleted when the case closes. They can say no.
        </p>
      </Show>
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
