// Choosing a new password: at first sign-in (temporary password) or any time from the header.
import { createSignal, Show } from "solid-js";
import { useNavigate } from "@solidjs/router";
import { staffApi } from "../api";
import { homeFor, passwordChanged, setNotice, staff } from "../session";
import { ErrorAlert, Heading, Input, usePageTitle } from "../ui";

const MIN = 12;

/** New password twice; the current one is asked for unless the caller already has it. */
export function NewPasswordForm(props: { currentPassword?: string; onDone: () => void }) {
  const [current, setCurrent] = createSignal("");
  const [next, setNext] = createSignal("");
  const [again, setAgain] = createSignal("");
  const [error, setError] = createSignal<{ field: string; text: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const inputs: Record<string, HTMLInputElement | undefined> = {};

  const fail = (field: string, text: string) => {
    setError({ field, text });
    inputs[field]?.focus();
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    setError(null);
    const currentPassword = props.currentPassword ?? current();
    if (!currentPassword) return fail("current", "Enter your current password.");
    if (next().length < MIN) return fail("next", `Choose a password of at least ${MIN} characters.`);
    if (next() !== again()) return fail("again", "The two new passwords don't match. Type the same password in both boxes.");
    setBusy(true);
    const res = await staffApi.changePassword(currentPassword, next());
    setBusy(false);
    if (!res.ok) return fail(res.status === 401 ? "current" : "next", res.error);
    passwordChanged();
    props.onDone();
  };

  const errorFor = (field: string) => (error()?.field === field ? error()!.text : null);

  return (
    <form class="form staff-form" onSubmit={(e) => void submit(e)} novalidate>
      <Show when={props.currentPassword === undefined}>
        <Input id="current-password" label="Current password" type="password" value={current()} onInput={setCurrent} autocomplete="current-password" error={errorFor("current")} ref={(el) => (inputs.current = el)} />
      </Show>
      <Input
        id="new-password"
        label="New password"
        hint={`At least ${MIN} characters. A few unrelated words together make a strong password that's easy to remember.`}
        type="password"
        value={next()}
        onInput={setNext}
        autocomplete="new-password"
        error={errorFor("next")}
        ref={(el) => (inputs.next = el)}
      />
      <Input id="new-password-again" label="New password again" type="password" value={again()} onInput={setAgain} autocomplete="new-password" error={errorFor("again")} ref={(el) => (inputs.again = el)} />
      <button type="submit" class="button" aria-disabled={busy() ? "true" : undefined}>
        {busy() ? "Saving…" : "Save new password"}
      </button>
      <ErrorAlert message={error()?.text} />
    </form>
  );
}

export default function ChangePassword() {
  usePageTitle(() => "Change your password");
  const navigate = useNavigate();
  return (
    <>
      <Heading>Change your password</Heading>
      <Show when={staff()?.mustChangePassword}>
        <p class="panel">You signed in with a temporary password. Please choose your own before you go on.</p>
      </Show>
      <p>Changing your password signs you out everywhere else.</p>
      <NewPasswordForm
        currentPassword={undefined}
        onDone={() => {
          const who = staff();
          const home = who ? homeFor(who.role) : "/staff/sign-in";
          setNotice({ path: home, text: "Your new password is saved." });
          navigate(home);
        }}
      />
    </>
  );
}
