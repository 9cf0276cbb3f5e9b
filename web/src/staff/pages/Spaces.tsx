// The two forum spaces and whether every post in them waits for a moderator (pre-moderation).
// Everyone can read this; safeguarding leads and admins can change it.
import { createSignal, For, onMount, Show } from "solid-js";
import { staffApi, type SpaceSetting } from "../api";
import { staff } from "../session";
import { ErrorAlert, Heading, StatusNotice, usePageTitle } from "../ui";
import { spaceWord } from "../words";

export default function Spaces() {
  usePageTitle(() => "Spaces");
  const [spaces, setSpaces] = createSignal<SpaceSetting[] | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [status, setStatus] = createSignal("");
  const canChange = () => staff()?.role === "safeguarding_lead" || staff()?.role === "admin";

  const load = async () => {
    const res = await staffApi.spaces();
    if (res.ok) setSpaces(res.data.spaces);
    else setError(res.error);
  };
  onMount(() => void load());

  const change = async (s: SpaceSetting, premoderate: boolean) => {
    setError(null);
    setStatus("");
    const res = await staffApi.setPremoderate(s.id, premoderate);
    if (!res.ok) {
      setError(res.error);
    } else {
      setStatus(
        premoderate
          ? `Pre-moderation is on in ${s.name || spaceWord(s.id)}: every new post waits for a moderator.`
          : `Pre-moderation is off in ${s.name || spaceWord(s.id)}: posts the engine finds safe are published at once.`,
      );
    }
    await load();
  };

  return (
    <>
      <Heading>Spaces</Heading>
      <p>
        With pre-moderation on, every new post in a space waits for a moderator, even when the engine finds nothing. Turn it on
        for a while if a space is having a difficult time.
      </p>
      <Show when={!canChange()}>
        <p class="meta">Only safeguarding leads and admins can change this.</p>
      </Show>
      <ErrorAlert message={error()} />
      <StatusNotice text={status()} />
      <Show when={spaces()} fallback={<Show when={!error()}><p role="status">Loading spaces…</p></Show>}>
        {(list) => (
          <ul class="plain-list space-list">
            <For each={list()}>
              {(s) => (
                <li class="space-card">
                  <h2 class="space-card__name">{s.name || spaceWord(s.id)}</h2>
                  <Show when={canChange()} fallback={<p>Pre-moderation: {s.premoderate ? "on" : "off"}</p>}>
                    <div class="check">
                      <input
                        id={`premoderate-${s.id}`}
                        type="checkbox"
                        class="check__input"
                        checked={s.premoderate}
                        onChange={(e) => void change(s, e.currentTarget.checked)}
                      />
                      <label for={`premoderate-${s.id}`} class="check__label">
                        Pre-moderate every post in {s.name || spaceWord(s.id)}
                      </label>
                    </div>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        )}
      </Show>
    </>
  );
}
