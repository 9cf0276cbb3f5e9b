import { Show, type Accessor, type JSX } from "solid-js";
import type { Me } from "../lib/api";
import { me } from "../lib/session";
import Link from "./Link";

/** Shows its children only to someone with a Harbour name; otherwise a kind way in. */
export default function RequireSignIn(props: { children: (who: Accessor<Me>) => JSX.Element }) {
  return (
    <Show when={!me.loading} fallback={<p role="status">Loading…</p>}>
      <Show when={me()} fallback={<SignedOut />}>
        {(who) => props.children(who)}
      </Show>
    </Show>
  );
}

export function SignedOut() {
  return (
    <div class="panel">
      <p>You need a Harbour name to see this. It only takes a moment and we don't ask who you are.</p>
      <ul class="link-list">
        <li>
          <Link href="/">Choose your space and get a made-up name</Link>
        </li>
        <li>
          <Link href="/sign-in">I have a recovery code</Link>
        </li>
      </ul>
    </div>
  );
}
