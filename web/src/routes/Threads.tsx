import { createEffect, createSignal, For, on, Show } from "solid-js";
import PageHeading from "../components/PageHeading";
import RequireSignIn, { SignedOut } from "../components/RequireSignIn";
import ParentNote from "../components/ParentNote";
import ErrorAlert from "../components/ErrorAlert";
import Link from "../components/Link";
import { api, type Space, type ThreadSummary } from "../lib/api";
import { me } from "../lib/session";
import { formatTime, plural, spaceName } from "../lib/words";
import { usePageTitle } from "../lib/nav";

export default function Threads() {
  usePageTitle(() => "Threads");
  const [items, setItems] = createSignal<ThreadSummary[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [state, setState] = createSignal<"loading" | "ready" | "more" | "signed-out" | "error">("loading");
  const [error, setError] = createSignal<string | null>(null);
  const [announce, setAnnounce] = createSignal("");
  const links: HTMLAnchorElement[] = [];

  const load = async (space: Space, after: string | null) => {
    setState(after ? "more" : "loading");
    setError(null);
    const res = await api.listThreads(space, after);
    if (!res.ok) {
      setState(res.status === 401 ? "signed-out" : "error");
      setError(res.error);
      return;
    }
    const before = items().length;
    setItems(after ? [...items(), ...res.data.threads] : res.data.threads);
    setCursor(res.data.nextCursor ?? null);
    setState("ready");
    if (after) {
      const n = res.data.threads.length;
      setAnnounce(`${plural(n, "more thread", "more threads")} loaded.`);
      requestAnimationFrame(() => links[before]?.focus());
    }
  };

  createEffect(
    on(
      () => me()?.space,
      (space) => {
        if (space) {
          setItems([]);
          void load(space, null);
        }
      },
    ),
  );

  return (
    <RequireSignIn>
      {(who) => (
        <>
          <PageHeading>Threads in {spaceName[who().space]}</PageHeading>
          <Show when={who().space === "parents"}>
            <ParentNote />
          </Show>
          <p>
            <Link href="/threads/new" class="button">
              Start a new thread
            </Link>
          </p>
          <h2 class="visually-hidden">Recent threads</h2>
          <Show when={state() === "signed-out"}>
            <SignedOut />
          </Show>
          <Show when={state() === "loading"}>
            <p role="status">Loading threads…</p>
          </Show>
          <ErrorAlert message={state() === "error" ? error() : null} />
          <Show when={state() !== "loading" && state() !== "signed-out" && state() !== "error"}>
            <Show
              when={items().length > 0}
              fallback={<p>There are no threads here yet. You could start the first one.</p>}
            >
              <ul class="thread-list">
                <For each={items()}>
                  {(t, i) => (
                    <li class="thread-list__item">
                      <h3 class="thread-list__title">
                        <Link href={`/threads/${encodeURIComponent(t.id)}`} ref={(el: HTMLAnchorElement) => (links[i()] = el)}>
                          {t.title}
                        </Link>
                      </h3>
                      <p class="meta">
                        {plural(t.replyCount, "reply", "replies")} · Last post{" "}
                        <time datetime={t.lastActivityAt}>{formatTime(t.lastActivityAt)}</time>
                      </p>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <Show when={cursor()}>
              {(c) => (
                <p>
                  <button
                    type="button"
                    class="button button--secondary"
                    aria-disabled={state() === "more" ? "true" : undefined}
                    onClick={() => {
                      if (state() !== "more") void load(who().space, c());
                    }}
                  >
                    {state() === "more" ? "Loading…" : "Load more threads"}
                  </button>
                </p>
              )}
            </Show>
          </Show>
          <div class="visually-hidden" role="status">
            {announce()}
          </div>
        </>
      )}
    </RequireSignIn>
  );
}
