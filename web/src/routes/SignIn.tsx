import { createSignal, Show } from "solid-js";
import PageHeading from "../components/PageHeading";
import ErrorAlert from "../components/ErrorAlert";
import Link from "../components/Link";
import { api } from "../lib/api";
import { me, setMe } from "../lib/session";
import { useGo, usePageTitle } from "../lib/nav";

export default function SignIn() {
  usePageTitle(() => "Come back with your recovery code");
  const go = useGo();
  const [code, setCode] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let input: HTMLInputElement | undefined;

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    const value = code().trim();
    if (!value) {
      setError("Type or paste your recovery code.");
      input?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const res = await api.recover(value);
    setBusy(false);
    if (!res.ok) {
      setError(res.error);
      input?.focus();
      return;
    }
    setMe(res.data);
    go("/threads");
  };

  return (
    <>
      <PageHeading>Come back with your recovery code</PageHeading>
      <Show when={me()}>
        {(who) => (
          <p class="panel">
            You're already signed in as <strong>{who().pseudonym}</strong>. Using a different code will
            switch to that name.
          </p>
        )}
      </Show>
      <form class="form" onSubmit={(e) => void submit(e)} novalidate>
        <div class={error() ? "field field--error" : "field"}>
          <label class="field__label" for="recovery-code">
            Recovery code
          </label>
          <p class="field__hint" id="recovery-code-hint">
            It's the code you saved when your made-up name was first made.
          </p>
          <Show when={error()}>
            <p class="field__error" id="recovery-code-error">
              <span class="visually-hidden">Error: </span>
              {error()}
            </p>
          </Show>
          <input
            ref={input}
            id="recovery-code"
            name="recovery-code"
            class="field__input"
            type="text"
            autocomplete="off"
            autocapitalize="none"
            spellcheck={false}
            value={code()}
            onInput={(e) => setCode(e.currentTarget.value)}
            aria-describedby={error() ? "recovery-code-hint recovery-code-error" : "recovery-code-hint"}
            aria-invalid={error() ? "true" : undefined}
          />
        </div>
        <button type="submit" class="button" aria-disabled={busy() ? "true" : undefined}>
          Sign in
        </button>
        <ErrorAlert message={error() ? `We couldn't sign you in: ${error()}` : null} />
      </form>
      <p>
        Lost your code? We can't get it back for you, but you can{" "}
        <Link href="/">start again with a new made-up name</Link>.
      </p>
    </>
  );
}
