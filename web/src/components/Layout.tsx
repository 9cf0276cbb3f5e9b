import { createEffect, on, onCleanup, Show, type JSX } from "solid-js";
import { useLocation } from "@solidjs/router";
import SkipLink from "./SkipLink";
import QuickExit from "./QuickExit";
import Header from "./Header";
import Footer from "./Footer";
import PostOutcome from "./PostOutcome";
import { flash, me, refreshMe, setFlash } from "../lib/session";

/** The frame of every page: skip link, quick exit, header, main, footer. */
export default function Layout(props: { children?: JSX.Element }) {
  const location = useLocation();
  let flashBox: HTMLDivElement | undefined;

  const currentFlash = () => {
    const f = flash();
    return f && f.path === location.pathname ? f : null;
  };

  // A message belongs to one page: once seen there, it goes when the person moves on.
  createEffect(() => {
    const path = location.pathname;
    const f = flash();
    if (!f) return;
    if (f.path === path) {
      if (!f.seen) setFlash({ ...f, seen: true });
    } else if (f.seen) {
      setFlash(null);
    }
  });

  // After a page change, move focus to the message (if any), the part of the page the link
  // pointed at (#id, e.g. the messages on My posts), or the page's heading.
  createEffect(
    on(
      () => location.pathname,
      () => {
        requestAnimationFrame(() => {
          const hash = location.hash.replace(/^#/, "");
          const section = hash ? document.getElementById(decodeURIComponent(hash)) : null;
          const target: HTMLElement | null =
            (currentFlash() ? flashBox : null) ??
            (section?.hasAttribute("tabindex") ? section : null) ??
            document.querySelector<HTMLElement>("#main h1");
          target?.focus();
          if (target === section) section?.scrollIntoView({ block: "start" });
        });
        // New messages from the team show in the header; check on each page change.
        void refreshMe();
      },
      { defer: true },
    ),
  );

  // ...and when someone comes back to the tab.
  const onVisible = () => {
    if (document.visibilityState === "visible") void refreshMe();
  };
  document.addEventListener("visibilitychange", onVisible);
  onCleanup(() => document.removeEventListener("visibilitychange", onVisible));

  // The staff area (web/src/staff) brings its own header; the forum's chrome, and the quick
  // exit's Shift shortcut, stay out of its way.
  const staffArea = () => /^\/staff(\/|$)/.test(location.pathname);

  return (
    <>
      <Show when={!staffArea()}>
        <SkipLink />
        <QuickExit />
        <Header />
      </Show>
      <main id="main" class="main" tabindex="-1">
        <Show when={currentFlash()}>
          {(f) => (
            <div class="notice" role="status" tabindex="-1" ref={(el) => (flashBox = el)}>
              <Show when={f().text}>
                <p>{f().text}</p>
              </Show>
              <Show when={f().result}>
                {(r) => <PostOutcome result={r()} space={me()?.space} />}
              </Show>
            </div>
          )}
        </Show>
        {props.children}
      </main>
      <Show when={!staffArea()}>
        <Footer />
      </Show>
    </>
  );
}
