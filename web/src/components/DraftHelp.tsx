import { createEffect, createSignal, on, onCleanup, Show, For } from "solid-js";
import type { HelpPanel, Space } from "../lib/api";
import HelpList from "./HelpList";
import { helpFor } from "../../../moderation/help.ts";

// The moderation engine is pure and runs in the browser too (SAFEGUARDING.md section 4). It is
// loaded only on the pages where people write, as its own chunk, the first time they type.
type Moderate = (text: string) => { severity: number; categories: string[] };
let engine: Promise<Moderate> | null = null;
function loadEngine(): Promise<Moderate> {
  engine ??= import("../../../moderation/index.ts").then((m) => m.moderate);
  return engine;
}

/**
 * Help comes first: when a draft sounds like a crisis, the right help appears under the box
 * while the person is still writing, before anything is sent. Nothing leaves the device here.
 */
export default function DraftHelp(props: { text: string; space: Space }) {
  const [help, setHelp] = createSignal<HelpPanel | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  createEffect(
    on(
      () => [props.text, props.space] as const,
      ([text, space]) => {
        clearTimeout(timer);
        if (text.trim().length < 3) {
          setHelp(null);
          return;
        }
        timer = setTimeout(() => {
          loadEngine()
            .then((moderate) => {
              const verdict = moderate(text);
              setHelp(verdict.severity >= 3 ? helpFor(verdict.categories, space) : null);
            })
            .catch(() => setHelp(null));
        }, 500);
      },
    ),
  );

  return (
    <div class="draft-help-slot">
      <div aria-live="polite" class="draft-help-live">
        <Show when={help()}>
          {(h) => (
            <p class="help-now__title">
              {h().urgent
                ? "If you or someone else is in danger right now, call 999. You don't have to wait for your post."
                : "It sounds like a lot is going on. You don't have to wait for your post: you can talk to someone now."}
            </p>
          )}
        </Show>
      </div>
      <Show when={help()}>
        {(h) => (
          <div class={h().urgent ? "help-now help-now--urgent draft-help" : "help-now draft-help"}>
            <p>You are not in trouble. These services are free and they will listen.</p>
            <Show when={h().sextortionAdvice}>
              {(advice) => (
                <ul class="advice">
                  <For each={advice()}>{(line) => <li>{line}</li>}</For>
                </ul>
              )}
            </Show>
            <HelpList services={h().services} headingLevel="none" />
          </div>
        )}
      </Show>
    </div>
  );
}
