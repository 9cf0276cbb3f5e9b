import FieldFrame, { describedBy } from "./FieldFrame";
import { createSignal, onCleanup, Show } from "solid-js";

/**
 * A labelled text input or textarea with a hint, a character counter and an error message,
 * all tied to the field with aria-describedby. The counter is announced after a pause in typing.
 */
export default function TextField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onInput: (value: string) => void;
  max: number;
  multiline?: boolean;
  rows?: number;
  error?: string | null;
  autocomplete?: string;
  ref?: (el: HTMLInputElement | HTMLTextAreaElement) => void;
}) {
  const [announce, setAnnounce] = createSignal("");
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  const left = () => props.max - props.value.length;
  const countText = () => {
    const n = left();
    if (n >= 0) return `You have ${n} ${n === 1 ? "character" : "characters"} left`;
    return `You have ${-n} ${n === -1 ? "character" : "characters"} too many`;
  };

  const onInput = (e: InputEvent & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
    props.onInput(e.currentTarget.value);
    clearTimeout(timer);
    timer = setTimeout(() => setAnnounce(countText()), 1000);
  };

  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <Show
        when={props.multiline}
        fallback={
          <input
            id={props.id}
            name={props.id}
            class="field__input"
            type="text"
            value={props.value}
            onInput={onInput}
            aria-describedby={describedBy(props, `${props.id}-count`)}
            aria-invalid={props.error ? "true" : undefined}
            autocomplete={props.autocomplete ?? "off"}
            ref={(el) => props.ref?.(el)}
          />
        }
      >
        <textarea
          id={props.id}
          name={props.id}
          class="field__input field__textarea"
          rows={props.rows ?? 6}
          value={props.value}
          onInput={onInput}
          aria-describedby={describedBy(props, `${props.id}-count`)}
          aria-invalid={props.error ? "true" : undefined}
          ref={(el) => props.ref?.(el)}
        />
      </Show>
      <p id={`${props.id}-count`} class={left() < 0 ? "field__count is-over" : "field__count"}>
        {countText()}
      </p>
      <div class="visually-hidden" aria-live="polite">
        {announce()}
      </div>
    </FieldFrame>
  );
}
