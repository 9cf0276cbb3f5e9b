import type { JSX } from "solid-js";

/** The page's h1. Focus moves here after each page change, so screen readers announce it. */
export default function PageHeading(props: { children: JSX.Element }) {
  return (
    <h1 class="page-heading" tabindex="-1">
      {props.children}
    </h1>
  );
}
