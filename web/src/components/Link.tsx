import { A, type AnchorProps } from "@solidjs/router";

/**
 * Every link inside Harbour replaces the browser history entry instead of adding one,
 * so after a quick exit the Back button can't bring anyone back to Harbour.
 */
export default function Link(props: AnchorProps) {
  return <A {...props} replace />;
}
