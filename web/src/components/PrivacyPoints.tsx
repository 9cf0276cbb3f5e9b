import { createResource, For, Show } from "solid-js";
import { api, type Space } from "../lib/api";

/**
 * What Harbour keeps and for how long, in the server's words: they are made from the same
 * settings the deletion job uses, so this can never drift from what Harbour does.
 */
/** `only`: just these sections; `bare`: their points as one list, under the caller's own heading. */
export default function PrivacyPoints(props: { space: Space; level?: 2 | 3; only?: readonly string[]; bare?: boolean }) {
  const [words] = createResource(
    () => props.space,
    async (space) => {
      const res = await api.privacy(space);
      return res.ok ? res.data.sections : null;
    },
  );
  const sections = () => (words() ?? []).filter((s) => !props.only || props.only.includes(s.heading));
  return (
    <Show when={words()} fallback={<p role="status">Loading what we keep…</p>}>
      <Show when={props.bare}>
        <ul>
          <For each={sections().flatMap((s) => s.points)}>{(p) => <li>{p}</li>}</For>
        </ul>
      </Show>
      <For each={props.bare ? [] : sections()}>
        {(s) => (
          <>
            {props.level === 3 ? <h3>{s.heading}</h3> : <h2>{s.heading}</h2>}
            <ul>
              <For each={s.points}>{(p) => <li>{p}</li>}</For>
            </ul>
          </>
        )}
      </For>
    </Show>
  );
}
