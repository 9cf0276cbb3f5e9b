import { createResource, For, Show } from "solid-js";
import { api, type Space } from "../lib/api";

/**
 * What Harbour keeps and for how long, in the server's words: they are made from the same
 * settings the deletion job uses, so this can never drift from what Harbour does.
 */
export default function PrivacyPoints(props: { space: Space; level?: 2 | 3; only?: string }) {
  const [words] = createResource(
    () => props.space,
    async (space) => {
      const res = await api.privacy(space);
      return res.ok ? res.data.sections : null;
    },
  );
  const sections = () => (words() ?? []).filter((s) => !props.only || s.heading === props.only);
  return (
    <Show when={words()} fallback={<p role="status">Loading what we keep…</p>}>
      <For each={sections()}>
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
