import { createSignal, Show } from "solid-js";
import PageHeading from "../components/PageHeading";
import AboutHarbour from "../components/AboutHarbour";
import ErrorAlert from "../components/ErrorAlert";
import Link from "../components/Link";
import { api, type Space } from "../lib/api";
import { me, setMe, setWelcome } from "../lib/session";
import { spaceName } from "../lib/words";
import { useGo, usePageTitle } from "../lib/nav";

export default function Landing() {
  usePageTitle(() => "A safe place to talk about things that happen online");
  const go = useGo();
  const [busy, setBusy] = createSignal<Space | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  const choose = async (space: Space) => {
    if (busy()) return;
    setBusy(space);
    setError(null);
    const res = await api.createIdentity(space);
    setBusy(null);
    if (!res.ok) {
      setError(res.error);
      return;
    }
    setWelcome({ ...res.data, space });
    setMe({ pseudonym: res.data.pseudonym, space });
    go("/welcome");
  };

  return (
    <>
      <PageHeading>Harbour: a safe place to talk about things that happen online</PageHeading>
      <p class="lead">
        Harbour is a forum where young people in the UK, and their parents and carers, can talk about
        what happens to them online. Things like a stranger being pushy in a game chat, someone asking
        for pictures, being threatened, or worries about a first phone.
      </p>
      <p class="lead">Nobody here will judge you or tell you off. Whatever happened, it's not your fault.</p>

      <AboutHarbour />

      <section aria-labelledby="choose" class="choose">
        <h2 id="choose">Choose your space</h2>
        <Show
          when={me()}
          fallback={
            <>
              <p>Pick the one that fits you. We'll make up a name for you.</p>
              <div class="choose__options">
                <div class="choice">
                  <button
                    type="button"
                    class="button button--big"
                    aria-describedby="choice-young-desc"
                    aria-disabled={busy() !== null ? "true" : undefined}
                    onClick={() => void choose("young-people")}
                  >
                    I'm 13–17
                  </button>
                  <p id="choice-young-desc" class="choice__desc">
                    Talk with other young people. Moderators read posts to keep the space safe.
                  </p>
                </div>
                <div class="choice">
                  <button
                    type="button"
                    class="button button--big"
                    aria-describedby="choice-parent-desc"
                    aria-disabled={busy() !== null ? "true" : undefined}
                    onClick={() => void choose("parents")}
                  >
                    I'm a parent or carer
                  </button>
                  <p id="choice-parent-desc" class="choice__desc">
                    Just talking it through, not reporting. Our staff only act without asking you if a
                    child may be in immediate danger.
                  </p>
                </div>
              </div>
              <p role="status" class="busy">
                {busy() ? "Making up your name…" : ""}
              </p>
              <ErrorAlert message={error()} />
              <p>
                Been here before? <Link href="/sign-in">I have a recovery code</Link>
              </p>
            </>
          }
        >
          {(who) => (
            <p>
              You're signed in as <strong>{who().pseudonym}</strong> in {spaceName[who().space]}.{" "}
              <Link href="/threads">Go to the threads</Link>
            </p>
          )}
        </Show>
      </section>

      <section aria-labelledby="help-now">
        <h2 id="help-now">If you need help right now</h2>
        <p>
          If you or someone else is in danger, call <a href="tel:999">999</a>. Young people can call
          Childline free on <a href="tel:08001111">0800 1111</a>, any time. There are more people who
          can help on our <Link href="/help">Get help</Link> page.
        </p>
      </section>
    </>
  );
}
