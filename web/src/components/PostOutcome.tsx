import { For, Show } from "solid-js";
import type { PostResult, Space } from "../lib/api";
import { allHelp } from "../../../moderation/help.ts";
import { isStatus } from "../lib/words";
import StatusExplained from "./StatusExplained";
import HelpList from "./HelpList";
import Link from "./Link";

/**
 * What happened to a post just sent, in plain words. When the post is about something that
 * needs help, the help comes first, whatever the queue is doing (SAFEGUARDING.md section 1).
 */
export default function PostOutcome(props: { result: PostResult; space?: Space | undefined }) {
  const status = () => (isStatus(props.result.status) ? props.result.status : null);
  const help = () => {
    if (props.result.help && props.result.help.services.length > 0) return props.result.help;
    if (status() === "with_safeguarding_team") {
      return { urgent: false, services: allHelp(props.space ?? null), sextortionAdvice: null };
    }
    return null;
  };

  return (
    <div class="post-outcome">
      <Show when={help()}>
        {(h) => (
          <div class={h().urgent ? "help-now help-now--urgent" : "help-now"}>
            <p class="help-now__title">
              {h().urgent ? "Please get help right now" : "If you'd like to talk to someone now"}
            </p>
            <p>
              <Show
                when={h().urgent}
                fallback="You are not in trouble. These services are free and they will listen."
              >
                If you or someone else is in danger, call <a href="tel:999">999</a> now. You are not in
                trouble.
              </Show>
            </p>
            <Show when={h().sextortionAdvice}>
              {(advice) => (
                <ul class="advice">
                  <For each={advice()}>{(line) => <li>{line}</li>}</For>
                </ul>
              )}
            </Show>
            <HelpList services={h().services} headingLevel="none" />
          </div>
        )}
      </Show>
      <Show
        when={status()}
        fallback={<p>Thanks, we've got your post. You can see what happens to it on My posts.</p>}
      >
        {(s) => (
          <>
            <StatusExplained status={s()} reason={props.result.reason} />
            <Show when={props.result.staffedNote}>{(note) => <p>{note()}</p>}</Show>
            <Show when={s() !== "published"}>
              <p>
                You can check on it any time in <Link href="/my-posts">My posts</Link>.
              </p>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}
