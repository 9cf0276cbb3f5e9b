import { createResource, createSignal, For, Show } from "solid-js";
import { api, type Result } from "../lib/api";
import ErrorAlert from "./ErrorAlert";
import TextField from "./TextField";

export const REPORT_MAX = 500;
const OTHER = "Something else";

// The reasons are the same for every post: ask the server once per visit.
let reasonsRequest: Promise<Result<{ reasons: string[] }>> | null = null;
function loadReasons(): Promise<Result<{ reasons: string[] }>> {
  reasonsRequest ??= api.reportReasons().then((res) => {
    if (!res.ok) reasonsRequest = null; // try again next time
    return res;
  });
  return reasonsRequest;
}

/**
 * A small "Report" button under someone else's published post. It opens a short form inline
 * (a reason, and optionally a few words), says what happens next, and shows the server's answer.
 */
export default function ReportPost(props: { postId: string; author: string }) {
  const [open, setOpen] = createSignal(false);
  const [done, setDone] = createSignal(false);
  const [choice, setChoice] = createSignal<string | null>(null);
  const [details, setDetails] = createSignal("");
  const [choiceError, setChoiceError] = createSignal<string | null>(null);
  const [detailsError, setDetailsError] = createSignal<string | null>(null);
  const [apiError, setApiError] = createSignal<string | null>(null);
  const [message, setMessage] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [reasons] = createResource(open, () => loadReasons());
  const reasonList = () => {
    const r = reasons();
    return r && r.ok ? r.data.reasons : [];
  };

  let heading: HTMLHeadingElement | undefined;
  let openButton: HTMLButtonElement | undefined;
  let detailsInput: HTMLInputElement | HTMLTextAreaElement | undefined;
  let firstRadio: HTMLInputElement | undefined;
  let messageBox: HTMLParagraphElement | undefined;

  const id = (part: string) => `report-${props.postId}-${part}`;
  /** What is sent: the chosen reason, with the person's own words after it if they added any. */
  const reasonText = () => {
    const c = choice();
    const d = details().trim();
    if (c && d) return `${c}: ${d}`;
    return c ?? d;
  };
  const detailsMax = () => {
    const c = choice();
    return c ? REPORT_MAX - c.length - 2 : REPORT_MAX;
  };

  const start = () => {
    setOpen(true);
    setMessage("");
    requestAnimationFrame(() => heading?.focus());
  };
  const cancel = () => {
    setOpen(false);
    setChoiceError(null);
    setDetailsError(null);
    setApiError(null);
    requestAnimationFrame(() => openButton?.focus());
  };

  const send = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    const noWords = details().trim().length === 0;
    const haveRadios = reasonList().length > 0;
    const choiceErr =
      haveRadios && choice() === null && noWords ? "Choose a reason, or tell us in a few words what's wrong." : null;
    const detailsErr =
      choiceErr === null && noWords && (choice() === null || choice() === OTHER)
        ? "Tell us in a few words what's wrong."
        : details().length > detailsMax()
          ? `That's a bit long. Please keep it to ${detailsMax()} characters.`
          : null;
    setChoiceError(choiceErr);
    setDetailsError(detailsErr);
    if (choiceErr) {
      firstRadio?.focus();
      return;
    }
    if (detailsErr) {
      detailsInput?.focus();
      return;
    }
    setBusy(true);
    setApiError(null);
    const res = await api.reportPost(props.postId, reasonText());
    setBusy(false);
    if (!res.ok) {
      setApiError(res.error);
      return;
    }
    setMessage(res.data.message);
    setDone(true);
    setOpen(false);
    requestAnimationFrame(() => messageBox?.focus());
  };

  return (
    <div class="report">
      <div role="status" class="report__live">
        <Show when={message()}>
          <p class="report__done" tabindex="-1" ref={(el) => (messageBox = el)}>
            {message()}
          </p>
        </Show>
      </div>
      <Show when={!open() && !done()}>
        <button
          type="button"
          class="report__button"
          ref={(el) => (openButton = el)}
          onClick={start}
        >
          Report<span class="visually-hidden"> this post by {props.author}</span>
        </button>
      </Show>
      <Show when={open()}>
        <form class="report__form" novalidate onSubmit={(e) => void send(e)} aria-labelledby={id("heading")}>
          <h3 class="report__heading" id={id("heading")} tabindex="-1" ref={(el) => (heading = el)}>
            Report this post by {props.author}
          </h3>
          <p class="report__about">
            A moderator will look at it, usually within a day. If several people report it, it's hidden
            until a moderator decides. {props.author} won't be told who reported it.
          </p>
          <Show when={reasons.loading}>
            <p role="status">Loading the reasons…</p>
          </Show>
          <Show when={reasonList().length > 0}>
            <fieldset
              class={choiceError() ? "report__reasons field--error" : "report__reasons"}
              aria-describedby={choiceError() ? id("error") : undefined}
            >
              <legend>What's wrong with it?</legend>
              <Show when={choiceError()}>
                <p class="field__error" id={id("error")}>
                  <span class="visually-hidden">Error: </span>
                  {choiceError()}
                </p>
              </Show>
              <For each={reasonList()}>
                {(reason, i) => (
                  <div class="radio">
                    <input
                      type="radio"
                      class="radio__input"
                      id={id(`reason-${i()}`)}
                      name={id("reason")}
                      value={reason}
                      checked={choice() === reason}
                      onChange={() => setChoice(reason)}
                      ref={(el) => {
                        if (i() === 0) firstRadio = el;
                      }}
                    />
                    <label class="radio__label" for={id(`reason-${i()}`)}>
                      {reason}
                    </label>
                  </div>
                )}
              </For>
            </fieldset>
          </Show>
          <TextField
            id={id("details")}
            label={
              reasonList().length === 0 || choice() === OTHER
                ? "Tell us what's wrong"
                : "Anything else the moderator should know? (optional)"
            }
            value={details()}
            onInput={setDetails}
            max={detailsMax()}
            multiline
            rows={3}
            error={detailsError()}
            ref={(el) => (detailsInput = el)}
          />
          <ErrorAlert message={apiError()} />
          <div class="button-row">
            <button type="submit" class="button" aria-disabled={busy() ? "true" : undefined}>
              {busy() ? "Sending…" : "Send report"}
            </button>
            <button type="button" class="button button--secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      </Show>
    </div>
  );
}
