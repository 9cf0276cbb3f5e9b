import { Show } from "solid-js";
import type { PostResult, Space } from "../lib/api";
import { isStatus, statusWords } from "../lib/words";
import StatusBadge from "./StatusBadge";
import HelpList from "./HelpList";
import Link from "./Link";

/** What happened to a post just sent, in plain words, with help first when our team is involved. */
export default function PostOutcome(props: { result: PostResult; space?: Space | undefined }) {
  const status = () => (isStatus(props.result.status) ? props.result.status : null);
  return (
    <div class="post-outcome">
      <Show
        when={status()}
        fallback={<p>Thanks, we've got your post. You can see what happens to it on My posts.</p>}
      >
        {(s) => (
          <>
            <p>
              <StatusBadge status={s()} />
            </p>
            <p>{statusWords[s()].detail}</p>
            <Show when={props.result.reason}>
              {(reason) => (
                <p class="reason">
                  <strong>Why: </strong>
                  {reason()}
                </p>
              )}
            </Show>
            <Show when={s() === "with_safeguarding_team"}>
              <div class="help-now">
                <p class="help-now__title">If you need to talk to someone now</p>
                <p>
                  You are not in trouble. These services are free and will listen. If you're in danger
                  right now, call 999.
                </p>
                <HelpList space={props.space} headingLevel="none" />
              </div>
            </Show>
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
