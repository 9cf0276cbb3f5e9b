import { For, Show } from "solid-js";
import Link from "../components/Link";
import PageHeading from "../components/PageHeading";
import HelpList from "../components/HelpList";
import { allHelp, SERVICES, SEXTORTION_ADVICE, type Service } from "../../../moderation/help.ts";
import { me } from "../lib/session";
import { usePageTitle } from "../lib/nav";

export default function Help() {
  usePageTitle(() => "Get help");
  // Signed in: the services for your space first. Otherwise young people's first.
  const first = (): Service[] => allHelp(me()?.space ?? null);
  const rest = (): Service[] => {
    const shown = new Set(first().map((s) => s.id));
    return Object.values(SERVICES).filter((s) => !shown.has(s.id));
  };
  const firstTitle = () =>
    me()?.space === "parents" ? "For parents and carers" : me() ? "For you" : "For young people";
  const restTitle = () =>
    me()?.space === "parents" ? "For young people" : me() ? "More services" : "For parents and carers";

  return (
    <>
      <PageHeading>Get help</PageHeading>
      <p class="lead">
        These UK services are free and will listen. You don't have to give your name, and you won't be
        in trouble for anything that has happened to you.
      </p>
      <p class="panel panel--calm">
        <strong>
          If you or someone else is in danger right now, call <a href="tel:999">999</a>.
        </strong>
      </p>
      <h2>{firstTitle()}</h2>
      <HelpList services={first()} headingLevel={3} />
      <Show when={rest().length > 0}>
        <h2>{restTitle()}</h2>
        <HelpList services={rest()} headingLevel={3} />
      </Show>
      <h2>If someone is threatening to share pictures of you</h2>
      <ul>
        <For each={SEXTORTION_ADVICE}>{(line) => <li>{line}</li>}</For>
      </ul>
      <h2>Keeping this private</h2>
      <p>
        Worried someone who shares your phone or computer will see you've been here?{" "}
        <Link href="/covering-tracks">Staying private on a shared device</Link> explains what the Exit button can and can't hide.{" "}
        <Link href="/privacy">Your privacy</Link> says what Harbour keeps and for how long.
      </p>
    </>
  );
}
