// One queue item: the full text with the engine's matches highlighted, any reports, claiming,
// and the decision (only the actions the server allows this person for this item).
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { A, useNavigate } from "@solidjs/router";
import { staffApi, type Decision, type QueueItem, type Template } from "../api";
import { setNotice, staff } from "../session";
import { ErrorAlert, Heading, Highlighted, Severity, TextArea, usePageTitle } from "../ui";
import { categoryList, decisionDone, decisionLabel, duration, kindWord, postStatusWord, severityWord, spaceWord, when } from "../words";

/** The template the server would pick anyway (server/safeguarding/templates.ts), offered first. */
function suggestedTemplate(item: QueueItem): string {
  if (item.severity >= 3) return "serious_and_personal";
  if (item.categories.includes("pii")) return "personal_details";
  if (item.categories.includes("contact_seeking")) return "off_platform";
  if (item.categories.includes("bullying")) return "unkind";
  return "not_suitable";
}

const NEEDS_TEMPLATE: Decision[] = ["reject", "remove"];
const NEEDS_CONFIRM: Decision[] = ["reject", "remove", "escalate"];

export default function QueueItemPage(props: { id: string }) {
  const navigate = useNavigate();
  const [item, setItem] = createSignal<QueueItem | null>(null);
  const [templates, setTemplates] = createSignal<Template[]>([]);
  const [loadError, setLoadError] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [choice, setChoice] = createSignal<Decision | null>(null);
  const [templateId, setTemplateId] = createSignal("");
  const [note, setNote] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  let confirmBox: HTMLDivElement | undefined;

  usePageTitle(() => {
    const i = item();
    return i ? `${severityWord(i.severity)} item` : "Queue item";
  });

  const load = async () => {
    const res = await staffApi.queueItem(props.id);
    if (!res.ok) {
      setLoadError(res.error);
      return;
    }
    setLoadError(null);
    setItem(res.data.item);
    setTemplates(res.data.templates);
    if (!templateId()) setTemplateId(suggestedTemplate(res.data.item));
  };

  createEffect(
    on(
      () => props.id,
      () => {
        setItem(null);
        setChoice(null);
        setTemplateId("");
        setError(null);
        void load();
      },
    ),
  );

  const me = () => staff()?.username;

  const claim = async (release: boolean) => {
    if (busy()) return;
    setBusy(true);
    setError(null);
    const res = release ? await staffApi.release(props.id) : await staffApi.claim(props.id);
    setBusy(false);
    const current = item();
    if (res.ok && current) {
      // No re-fetch: every fetch of an item is audited as a view.
      setItem({ ...current, claimedBy: release ? null : (me() ?? null) });
      return;
    }
    if (!res.ok) setError(res.error);
    await load();
  };

  const choose = (d: Decision) => {
    setError(null);
    if (!NEEDS_CONFIRM.includes(d)) {
      void decide(d);
      return;
    }
    setChoice(d);
    requestAnimationFrame(() => confirmBox?.focus());
  };

  const decide = async (d: Decision) => {
    if (busy()) return;
    setBusy(true);
    setError(null);
    const res = await staffApi.decide(props.id, {
      action: d,
      ...(note().trim() ? { reason: note().trim() } : {}),
      ...(NEEDS_TEMPLATE.includes(d) && templateId() ? { templateId: templateId() } : {}),
    });
    setBusy(false);
    if (!res.ok) {
      setError(res.error);
      setChoice(null);
      if (res.status === 409) await load(); // decided already, claimed by someone else, or changed meanwhile
      return;
    }
    setNotice({ path: "/staff/queue", text: `Decision saved. ${decisionDone[d]} The post is now: ${postStatusWord(res.data.postStatus)}.` });
    navigate("/staff/queue");
  };

  const confirmText = (d: Decision) =>
    d === "escalate"
      ? "This opens a safeguarding case and keeps the post held. The author is told the safeguarding team will message them."
      : d === "remove"
        ? "This takes the post down. The author will see that it was taken down, with the reason you chose below."
        : "The post will not be published. The author will see the reason you chose below.";

  return (
    <>
      <p class="back-link">
        <A href="/staff/queue">Back to the queue</A>
      </p>
      <Show when={item()} fallback={<Heading>Queue item</Heading>}>
        {(i) => (
          <Heading>
            {severityWord(i().severity)}: {categoryList(i().categories)}
          </Heading>
        )}
      </Show>
      <ErrorAlert message={loadError()} />
      <Show when={!item() && !loadError()}>
        <p role="status">Loading the item…</p>
      </Show>
      <Show when={item()}>
        {(i) => (
          <>
            <p class="queue-item__tags">
              <Severity severity={i().severity} />
              <span class="tag">{kindWord(i())}</span>
              <span class="tag">{spaceWord(i().space)}</span>
            </p>
            <dl class="facts">
              <div>
                <dt>Waiting</dt>
                <dd class={i().overdue ? "wait--overdue" : undefined}>
                  <Show when={i().overdue}>
                    <strong class="overdue-flag">Overdue: </strong>
                  </Show>
                  waited {duration(i().waitingMinutes)} — target {duration(i().targetMinutes)}
                </dd>
              </div>
              <div>
                <dt>Posted</dt>
                <dd>{when(i().createdAt)}</dd>
              </div>
              <div>
                <dt>Post status</dt>
                <dd>{postStatusWord(i().postStatus)}</dd>
              </div>
              <div>
                <dt>Claimed by</dt>
                <dd>{i().claimedBy ? (i().claimedBy === me() ? `You (${me()})` : i().claimedBy) : "Nobody yet"}</dd>
              </div>
            </dl>

            <Show when={i().status === "pending"}>
              <div class="button-row">
                <Show when={!i().claimedBy}>
                  <button type="button" class="button button--secondary" onClick={() => void claim(false)}>
                    Claim this item
                  </button>
                </Show>
                <Show when={i().claimedBy && (i().claimedBy === me() || staff()?.role === "safeguarding_lead")}>
                  <button type="button" class="button button--secondary" onClick={() => void claim(true)}>
                    Release this item
                  </button>
                </Show>
              </div>
              <p class="meta">Claiming tells other staff you're looking at it, for 30 minutes.</p>
            </Show>

            <h2>What was written</h2>
            <p class="meta">Highlighted words are what the moderation engine matched; each says its category to screen readers.</p>
            <Show when={i().title !== null && i().isThreadStart}>
              <h3>Thread title</h3>
              <Show when={i().titleSegments} fallback={<p class="user-text staff-text">{i().title}</p>}>
                {(segs) => <Highlighted segments={segs()} />}
              </Show>
              <h3>Post</h3>
            </Show>
            <div class="author-text">
              <Highlighted segments={i().bodySegments} />
            </div>

            <Show when={i().reports.length > 0}>
              <h2>Reports ({i().reports.length})</h2>
              <ul class="plain-list">
                <For each={i().reports}>
                  {(r) => (
                    <li>
                      <span class="user-text">{r.reason}</span> <span class="meta">({when(r.createdAt)})</span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>

            <h2>Decision</h2>
            <Show
              when={i().status === "pending"}
              fallback={<p>This item has already been decided{i().decision ? `: ${decisionLabel[i().decision as Decision] ?? i().decision}` : ""}.</p>}
            >
              <Show when={i().actions.length > 0} fallback={<p>Your role can't decide this item. A safeguarding lead will.</p>}>
                <TextArea
                  id="decision-note"
                  label="Note for the audit log (optional)"
                  hint="Only staff see this. Say why, briefly. The author never sees it."
                  value={note()}
                  onInput={setNote}
                  maxLength={2000}
                />
                <div class="button-row decision-buttons">
                  <For each={i().actions}>
                    {(a) => (
                      <button
                        type="button"
                        class={a === "publish" || a === "publish_redacted" ? "button" : a === "escalate" ? "button button--secondary" : "button button--warning"}
                        aria-expanded={NEEDS_CONFIRM.includes(a) ? (choice() === a ? "true" : "false") : undefined}
                        aria-controls={NEEDS_CONFIRM.includes(a) ? "decision-confirm" : undefined}
                        aria-disabled={busy() ? "true" : undefined}
                        onClick={() => choose(a)}
                      >
                        {decisionLabel[a]}
                      </button>
                    )}
                  </For>
                </div>
                <div id="decision-confirm">
                  <Show when={choice()}>
                    {(d) => (
                      <div class="panel panel--warning confirm" role="group" tabindex="-1" ref={confirmBox} aria-labelledby="confirm-heading">
                        <h3 id="confirm-heading">{decisionLabel[d()]}?</h3>
                        <p>{confirmText(d())}</p>
                        <Show when={NEEDS_TEMPLATE.includes(d())}>
                          <fieldset class="fieldset">
                            <legend class="field__label">What the author will read</legend>
                            <For each={templates()}>
                              {(t) => (
                                <div class="radio">
                                  <input
                                    type="radio"
                                    class="radio__input"
                                    name="template"
                                    id={`template-${t.id}`}
                                    value={t.id}
                                    checked={templateId() === t.id}
                                    onChange={() => setTemplateId(t.id)}
                                    aria-describedby={`template-${t.id}-text`}
                                  />
                                  <label class="radio__label" for={`template-${t.id}`}>
                                    {t.label}
                                  </label>
                                  <p class="radio__hint template-text" id={`template-${t.id}-text`}>
                                    “{t.text}”
                                  </p>
                                </div>
                              )}
                            </For>
                          </fieldset>
                        </Show>
                        <div class="button-row">
                          <button
                            type="button"
                            class={d() === "escalate" ? "button" : "button button--warning"}
                            aria-disabled={busy() ? "true" : undefined}
                            onClick={() => void decide(d())}
                          >
                            {d() === "escalate" ? "Yes, escalate" : d() === "remove" ? "Yes, take it down" : "Yes, don't publish"}
                          </button>
                          <button type="button" class="button button--secondary" onClick={() => setChoice(null)}>
                            Cancel
                          </button>
                        </div>
                      </div>
                    )}
                  </Show>
                </div>
              </Show>
            </Show>
            <ErrorAlert message={error()} />
            <p class="small-print">Opening this item was recorded in the audit log as a view, with your username and the time.</p>
          </>
        )}
      </Show>
    </>
  );
}
