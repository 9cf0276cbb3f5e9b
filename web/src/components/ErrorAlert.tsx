import { Show } from "solid-js";

/** An error sentence (usually the API's own words), announced as soon as it appears. */
export default function ErrorAlert(props: { message: string | null | undefined; id?: string }) {
  return (
    <div role="alert" id={props.id} class="alert-slot">
      <Show when={props.message}>
        {(msg) => (
          <p class="error-box">
            <span class="visually-hidden">Error: </span>
            {msg()}
          </p>
        )}
      </Show>
    </div>
  );
}
