import { createSignal, For, onCleanup, Show } from "solid-js";
import PageHeading from "../components/PageHeading";
import Link from "../components/Link";
import { setWelcome, welcome } from "../lib/session";
import { spaceName } from "../lib/words";
import { useGo, usePageTitle } from "../lib/nav";

/** Shows the new made-up name and the recovery code, once. Nothing here is stored in the browser. */
export default function Welcome() {
  usePageTitle(() => "Your made-up name");
  const go = useGo();
  const [copied, setCopied] = createSignal("");

  const copy = async (code: string) => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied("Copied. Paste it somewhere private, like a notes app with a lock.");
    } catch {
      setCopied("We couldn't copy it. Please write it down instead.");
    }
  };

  // Shown once: leaving this page any way at all forgets the code.
  onCleanup(() => setWelcome(null));

  const carryOn = () => go("/threads");

  return (
    <Show
      when={welcome()}
      fallback={
        <>
          <PageHeading>Your recovery code</PageHeading>
          <p>
            We only show a recovery code once, just after your name is made, so there's nothing to show
            here now.
          </p>
          <p>
            <Link href="/threads">Go to the threads</Link>
          </p>
        </>
      }
    >
      {(w) => (
        <>
          <PageHeading>Your made-up name is ready</PageHeading>
          <p class="lead">
            In {spaceName[w().space]}, people will see you as:
          </p>
          <p class="pseudonym" data-testid="pseudonym">
            {w().pseudonym}
          </p>

          <section aria-labelledby="code-heading" class="code-card">
            <h2 id="code-heading">Your recovery code</h2>
            <p class="recovery-code" data-testid="recovery-code">
              {/* Groups never split across lines, so the code is easy to copy by hand on a phone. */}
              <For each={w().recoveryCode.split("-")}>
                {(group, i) => (
                  <>
                    <Show when={i() > 0}>-</Show>
                    <span class="recovery-code__group">{group}</span>
                  </>
                )}
              </For>
            </p>
            <p>
              <strong>Write this down or save it somewhere private now.</strong> You need it to come back
              to your name on another device, or after you sign out.
            </p>
            <p>
              We can't recover it for you. We don't know who you are, and that's on purpose. This is the
              only time we'll show it.
            </p>
            <p>Don't share it. Anyone with this code can post as you.</p>
            <p>
              <button type="button" class="button button--secondary" onClick={() => void copy(w().recoveryCode)}>
                Copy the code
              </button>
            </p>
            <p role="status" class="copied">
              {copied()}
            </p>
          </section>

          <p>
            <button type="button" class="button" onClick={carryOn}>
              I've saved my code – continue
            </button>
          </p>
        </>
      )}
    </Show>
  );
}
