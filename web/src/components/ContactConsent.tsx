import { createSignal, Match, Show, Switch } from "solid-js";
import { api, type ContactState } from "../lib/api";
import ErrorAlert from "./ErrorAlert";
import TextField from "./TextField";

const CONTACT_MAX = 500;

/**
 * The team's question "may we reach you?", answered only by the author: share (with a clear
 * yes), say no, or later take it back. It says first who will see the details, why, how they are
 * kept and when they are deleted. The details are never shown back here (a shared phone could).
 */
export default function ContactConsent(props: { caseId: string; state: ContactState; onChange: () => void }) {
  const [contact, setContact] = createSignal("");
  const [agreed, setAgreed] = createSignal(false);
  const [fieldError, setFieldError] = createSignal<string | null>(null);
  const [agreeError, setAgreeError] = createSignal<string | null>(null);
  const [apiError, setApiError] = createSignal<string | null>(null);
  const [done, setDone] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [showForm, setShowForm] = createSignal(false);
  let input: HTMLInputElement | HTMLTextAreaElement | undefined;
  let agreeBox: HTMLInputElement | undefined;
  const id = (what: string) => `contact-${what}-${props.caseId}`;

  const run = async (call: () => Promise<{ ok: true; data: { message: string } } | { ok: false; error: string }>) => {
    setBusy(true);
    setApiError(null);
    const res = await call();
    setBusy(false);
    if (!res.ok) {
      setApiError(res.error);
      return;
    }
    setDone(res.data.message);
    setContact("");
    setAgreed(false);
    setShowForm(false);
    props.onChange();
  };

  const share = (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    const text = contact().trim();
    const err = text.length < 3 ? "Write how we can reach you, for example a phone number." : text.length > CONTACT_MAX ? `Keep it to ${CONTACT_MAX} characters.` : null;
    setFieldError(err);
    setAgreeError(!err && !agreed() ? "Tick the box if you're happy to share this. If not, choose \u201cNo thanks\u201d." : null);
    if (err) return input?.focus();
    if (!agreed()) return agreeBox?.focus();
    void run(() => api.shareContact(props.caseId, text));
  };

  const form = () => (
    <form class="form consent__form" novalidate onSubmit={share}>
      <TextField
        id={id("details")}
        label="How can we reach you?"
        hint="For example your phone number, or the number of an adult you trust. Only share what you're comfortable with."
        value={contact()}
        onInput={setContact}
        max={CONTACT_MAX}
        error={fieldError()}
        ref={(el) => (input = el)}
      />
      <div class={agreeError() ? "field field--error" : "field"}>
        <Show when={agreeError()}>
          <p id={id("agree-error")} class="field__error">
            {agreeError()}
          </p>
        </Show>
        <label class="check">
          <input
            type="checkbox"
            id={id("agree")}
            checked={agreed()}
            onChange={(e) => setAgreed(e.currentTarget.checked)}
            aria-describedby={agreeError() ? id("agree-error") : undefined}
            ref={(el) => (agreeBox = el)}
          />{" "}
          I agree to share this with the person in Harbour's team looking after my post
        </label>
      </div>
      <ErrorAlert message={apiError()} />
      <div class="actions">
        <button type="submit" class="button" aria-disabled={busy() ? "true" : undefined}>
          Share
        </button>
        <Show when={props.state === "asked"}>
          <button type="button" class="button button--secondary" onClick={() => void run(() => api.declineContact(props.caseId))}>
            No thanks
          </button>
        </Show>
      </div>
    </form>
  );

  return (
    <section class="consent" aria-labelledby={id("heading")}>
      <h3 id={id("heading")}>Sharing a way to reach you: your choice</h3>
      <ul class="consent__facts">
        <li>
          <strong>Who sees it:</strong> only the one member of our safeguarding team looking after your post. Nobody else on
          Harbour, and never other users.
        </li>
        <li>
          <strong>Why we ask:</strong> so they can make sure you get help, for example by asking children's social care or
          the police to contact you safely if someone may be in danger. They will talk it through with you here first
          whenever they can.
        </li>
        <li>
          <strong>How it's kept:</strong> locked (encrypted), and every time it is opened is recorded.
        </li>
        <li>
          <strong>When it's deleted:</strong> as soon as they finish with your post, or straight away if you take it back here.
        </li>
      </ul>
      <p role="status" class="sent">
        {done()}
      </p>
      <Switch>
        <Match when={props.state === "asked"}>{form()}</Match>
        <Match when={props.state === "shared"}>
          <p>You shared a way to reach you. Only the team member looking after your post can see it.</p>
          <ErrorAlert message={apiError()} />
          <button type="button" class="button button--secondary" onClick={() => void run(() => api.withdrawContact(props.caseId))}>
            Take it back and delete it now
          </button>
        </Match>
        <Match when={props.state === "declined" || props.state === "withdrawn"}>
          <p>
            {props.state === "declined" ? "You said no thanks, and that's completely fine." : "You took your details back, and we deleted them."} You can
            still talk to our team here, and share later if you change your mind.
          </p>
          <Show when={showForm()} fallback={<button type="button" class="button button--secondary" onClick={() => setShowForm(true)}>Share a way to reach you</button>}>
            {form()}
          </Show>
        </Match>
        <Match when={props.state === "deleted"}>
          <p>Our team has finished with this, so there is nothing to share now.</p>
        </Match>
      </Switch>
    </section>
  );
}
