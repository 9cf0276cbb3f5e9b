import { Show, type JSX } from "solid-js";

/** The ids a field's input should list in aria-describedby: its hint, its error, and any extras. */
export function describedBy(props: { id: string; hint?: string; error?: string | null }, ...extra: string[]): string | undefined {
  return [props.hint ? `${props.id}-hint` : null, props.error ? `${props.id}-error` : null, ...extra].filter(Boolean).join(" ") || undefined;
}

/** Label, hint and error around one input, the same way on every form (forum and staff). */
export default function FieldFrame(props: { id: string; label: string; hint?: string; error?: string | null; children: JSX.Element }) {
  return (
    <div class={props.error ? "field field--error" : "field"}>
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <Show when={props.hint}>
        <p class="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="field__error" id={`${props.id}-error`}>
          <span class="visually-hidden">Error: </span>
          {props.error}
        </p>
      </Show>
      {props.children}
    </div>
  );
}
