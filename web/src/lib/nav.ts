import { useNavigate } from "@solidjs/router";
import { createEffect, onCleanup } from "solid-js";

/** Navigate without adding browser history (see components/Link.tsx). */
export function useGo(): (path: string) => void {
  const navigate = useNavigate();
  return (path) => navigate(path, { replace: true });
}

/** Sets the tab title for a page. */
export function usePageTitle(title: () => string): void {
  createEffect(() => {
    document.title = `${title()} – Harbour`;
  });
  onCleanup(() => {
    document.title = "Harbour";
  });
}
