// Small building blocks shared by the staff pages.
import FieldFrame, { describedBy } from "../components/FieldFrame";
import { createEffect, For, onCleanup, Show, type JSX } from "solid-js";
import type { Segment } from "./api";
import { categoryWord, severityClass, severityWord } from "./words";

// The forum's own pieces, reused: the error alert, and the page's h1 (the shared layout moves
// focus to it after each page change).
export { default as ErrorAlert } from "../components/ErrorAlert";
export { default as Heading } from "../components/PageHeading";

export function usePageTitle(title: () => string): void {
  createEffect(() => {
    document.title = `${title()} – Harbour staff`;
  });
  onCleanup(() => {
    document.title = "Harbour";
  });
}

/** A polite live region for "saved"-style confirmations: always in the page, so screen readers hear each new text. */
export function StatusNotice(props: { text: string }) {
  return (
    <div role="status" class="alert-slot">
      <Show when={props.text}>
        <p class="notice">{props.text}</p>
      </Show>
    </div>
  );
}

/** Severity in words, with colour only as a helper. */
export function Severity(props: { severity: number }) {
  return <span class={severityClass(props.severity)}>{severityWord(props.severity)}</span>;
}

/**
 * Author text with the engine's matches highlighted. Everything is rendered as text: each
 * matched run becomes a <mark> with its category named for screen readers.
 */
export function Highlighted(props: { segments: readonly Segment[]; class?: string }) {
  return (
    <p class={props.class ?? "user-text staff-text"}>
      <For each={props.segments}>
        {(s) => (
          <Show when={s.category} fallback={s.text}>
            {(category) => (
              <mark class={`match match--${category().replace(/[^a-z_]/g, "")}`}>
                {s.text}
                <span class="visually-hidden"> (matched: {categoryWord(category())})</span>
              </mark>
            )}
          </Show>
        )}
      </For>
    </p>
  );
}

/** A table that scrolls sideways inside its own labelled, focusable region on narrow screens. */
export function TableRegion(props: { label: string; children: JSX.Element }) {
  return (
    <div class="table-region" role="region" aria-label={props.label} tabindex="0">
      {props.children}
    </div>
  );
}

/** A labelled single-line input with an optional hint and error, tied together for screen readers. */
export function Input(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
  onInput: (v: string) => void;
  type?: string;
  autocomplete?: string;
  inputmode?: "numeric" | "text";
  maxLength?: number;
  ref?: (el: HTMLInputElement) => void;
}) {
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <input
        id={props.id}
        name={props.id}
        class="field__input"
        type={props.type ?? "text"}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        autocomplete={props.autocomplete ?? "off"}
        inputmode={props.inputmode}
        maxLength={props.maxLength}
        spellcheck={false}
        autocapitalize="none"
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? "true" : undefined}
        ref={(el) => props.ref?.(el)}
      />
    </FieldFrame>
  );
}

export function TextArea(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onInput: (v: string) => void;
  rows?: number;
  maxLength?: number;
  error?: string | null;
  ref?: (el: HTMLTextAreaElement) => void;
}) {
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <textarea
        id={props.id}
        name={props.id}
        class="field__input field__textarea"
        rows={props.rows ?? 3}
        value={props.value}
        maxLength={props.maxLength}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? "true" : undefined}
        ref={(el) => props.ref?.(el)}
      />
    </FieldFrame>
  );
}

export function Select(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (v: string) => void;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint}>
      <select
        id={props.id}
        name={props.id}
        class="field__input field__select"
        aria-describedby={describedBy(props)}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        <For each={props.options}>
          {(o) => (
            <option value={o.value} selected={o.value === props.value}>
              {o.label}
            </option>
          )}
        </For>
      </select>
    </FieldFrame>
  );
}

/** Shows "fewer than 5" for the server's suppressed small counts. */
export function countText(n: number | string | null | undefined): string {
  if (n === "<5") return "fewer than 5";
  if (n === null || n === undefined) return "not enough cases to say";
  return String(n);
}
