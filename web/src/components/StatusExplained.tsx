import { Show } from "solid-js";
import type { PostStatus } from "../lib/api";
import { statusWords } from "../lib/words";
import StatusBadge from "./StatusBadge";
import Link from "./Link";
import { me } from "../lib/session";

/**
 * A post's status in plain words: the badge, then the server's reason for this post when it
 * gives one (it already says what happens next), otherwise our general explanation.
 */
export default function StatusExplained(props: {
  status: PostStatus;
  reason?: string | null | undefined;
  prefix?: string;
}) {
  return (
    <div class="status-explained">
      <p class="status-explained__badge">
        <StatusBadge status={props.status} />
      </p>
      <Show when={props.prefix}>
        <p class="status-explained__prefix">{props.prefix}</p>
      </Show>
      <Show when={props.reason} fallback={<p>{statusWords[props.status].detail}</p>}>
        {(reason) => (
          <p class="reason">
            <strong>Why: </strong>
            {reason()}
          </p>
        )}
      </Show>
      <Show when={props.status !== "published"}>
        <p class="status-explained__more">
          <Link href={moreHref(props.status)}>
            What “{statusWords[props.status].label}” means
          </Link>
        </p>
      </Show>
    </div>
  );
}

/** The step on the "What happens after I post" page that explains this status, for your space. */
function moreHref(status: PostStatus): string {
  const space = me()?.space;
  return space ? `/what-happens#${space}-${status}` : "/what-happens";
}
