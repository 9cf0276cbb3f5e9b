import { createSignal, Show } from "solid-js";
import { useSearchParams } from "@solidjs/router";
import Link from "../components/Link";
import PageHeading from "../components/PageHeading";
import type { Space } from "../lib/api";
import { usePageTitle } from "../lib/nav";
import { me } from "../lib/session";

/** Staying private on a shared phone or computer: what the exit button can and can't hide. */
export default function CoveringTracks() {
  usePageTitle(() => "Staying private on a shared device");
  const [params] = useSearchParams();
  const [space, setSpace] = createSignal<Space>(params.space === "parents" || params.space === "young-people" ? params.space : (me()?.space ?? "young-people"));
  const young = () => space() === "young-people";
  return (
    <>
      <PageHeading>Staying private on a shared device</PageHeading>
      <p>
        {young()
          ? "If someone else uses your phone, tablet or computer, or might look at it, these steps help keep Harbour private. You're not doing anything wrong by using Harbour."
          : "If you share a computer or phone with your child or others at home, these steps help keep what you write here private."}{" "}
        <button type="button" class="link-button" onClick={() => setSpace(young() ? "parents" : "young-people")}>
          Show the {young() ? "parents and carers'" : "young people's"} version
        </button>
      </p>

      <h2>The Exit this page button</h2>
      <ul>
        <li>It takes you straight to the BBC weather page. On a keyboard, press the Shift key 3 times.</li>
        <li>Harbour doesn't add its pages to your Back button, so pressing Back after exiting won't bring Harbour back.</li>
        <li>
          <strong>What it can't hide:</strong> Harbour in your browser's history list, and anything you typed into a search engine to find us.
          Someone who opens the history can still see that you visited.
        </li>
      </ul>

      <h2>Your browser's history</h2>
      <ul>
        <li>The safest way: open a private window (called Incognito in Chrome, Private in Safari and Firefox) before you visit. It forgets Harbour when you close it.</li>
        <li>Or delete Harbour from your history afterwards: open your browser's History, find the Harbour pages and remove them. Only remove those, if clearing everything would be noticed.</li>
      </ul>

      <h2>Staying signed in</h2>
      <ul>
        <li>Harbour remembers you on this device with a cookie. If someone else might open Harbour on it, use Sign out (in the menu) when you finish.</li>
        <li>Keep your recovery code somewhere only you can see it{young() ? ", or learn it" : ""}: it's the only way back to your made-up name and your posts.</li>
        <li>Messages from our team show inside Harbour only. We never email or text you, and there are no notifications on your phone.</li>
      </ul>

      <Show when={young()}>
        <h2>If you're worried someone is checking your phone</h2>
        <ul>
          <li>
            If you feel unsafe at home, you can talk to Childline for free on <a href="tel:08001111">0800 1111</a>. Calls to 0800 1111 don't
            show on phone bills.
          </li>
          <li>In danger right now? Call <a href="tel:999">999</a>.</li>
        </ul>
      </Show>
      <p>
        <Link href={`/privacy?space=${space()}`}>What Harbour keeps, and for how long</Link> · <Link href="/help">Get help</Link>
      </p>
    </>
  );
}
