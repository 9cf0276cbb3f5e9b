import type { PostStatus } from "../lib/api";
import { statusWords } from "../lib/words";

export default function StatusBadge(props: { status: PostStatus }) {
  return (
    <span class={`badge badge--${props.status}`}>
      <span class="visually-hidden">Status: </span>
      {statusWords[props.status].label}
    </span>
  );
}
