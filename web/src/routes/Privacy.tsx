import { createSignal } from "solid-js";
import { useSearchParams } from "@solidjs/router";
import Link from "../components/Link";
import PageHeading from "../components/PageHeading";
import PrivacyPoints from "../components/PrivacyPoints";
import type { Space } from "../lib/api";
import { usePageTitle } from "../lib/nav";
import { me } from "../lib/session";

/** Privacy, for the space the reader is in (or the one they pick). */
export default function Privacy() {
  usePageTitle(() => "Your privacy");
  const [params] = useSearchParams();
  const initial = (): Space => (params.space === "parents" || params.space === "young-people" ? params.space : (me()?.space ?? "young-people"));
  const [space, setSpace] = createSignal<Space>(initial());
  return (
    <>
      <PageHeading>Your privacy</PageHeading>
      <p>
        Showing: <strong>{space() === "parents" ? "parents and carers" : "young people (13–17)"}</strong>.{" "}
        <button type="button" class="link-button" onClick={() => setSpace(space() === "parents" ? "young-people" : "parents")}>
          Show the {space() === "parents" ? "young people's" : "parents and carers'"} version
        </button>
      </p>
      <PrivacyPoints space={space()} />
      <p>
        Worried someone will see you've been here? <Link href={`/covering-tracks?space=${space()}`}>Staying private on a shared device</Link>.
      </p>
    </>
  );
}
