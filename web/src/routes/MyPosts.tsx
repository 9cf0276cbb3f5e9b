import { createResource, createSignal, For, Show } from "solid-js";
import PageHeading from "../components/PageHeading";
import RequireSignIn, { SignedOut } from "../components/RequireSignIn";
import StatusExplained from "../components/StatusExplained";
import TeamMessages from "../components/TeamMessages";
import ErrorAlert from "../components/ErrorAlert";
import Link from "../components/Link";
import { api } from "../lib/api";
import { me, setFlash, setMe } from "../lib/session";
import { formatTime, isStatus } from "../lib/words";
import { useGo, usePageTitle } from "../lib/nav";

export default function MyPosts() {
  usePageTitle(() => "My posts");
  const [posts] = createResource(
    () => (me() ? me()?.pseudonym : null),
    () => api.myPosts(),
  );
  const list = () => {
    const r = posts();
    return r && r.ok ? r.data.posts : null;
  };
  const failed = () => {
    const r = posts();
    return r && !r.ok ? r : null;
  };

  return (
    <RequireSignIn>
      {() => (
        <>
          <PageHeading>My posts</PageHeading>
          <p>
            Every post you've written, and what happened to it. Only you can see this page.{" "}
            <Link href="/what-happens">What happens after I post</Link>
          </p>
          <TeamMessages />
          <h2>Your posts</h2>
          <Show when={posts.loading && !posts()}>
            <p role="status">Loading your posts…</p>
          </Show>
          <Show when={failed()}>
            {(f) => (
              <Show when={f().status === 401} fallback={<ErrorAlert message={f().error} />}>
                <SignedOut />
              </Show>
            )}
          </Show>
          <Show when={list()}>
            {(items) => (
              <Show
                when={items().length > 0}
                fallback={
                  <p>
                    You haven't posted yet. <Link href="/threads">Have a look at the threads</Link>.
                  </p>
                }
              >
                <ul class="my-posts">
                  <For each={items()}>
                    {(p) => (
                      <li class="my-post">
                        <h3 class="my-post__title">
                          <span class="my-post__kind">
                            {p.isThreadStart === true
                              ? "Your thread: "
                              : p.isThreadStart === false
                                ? "Your reply in: "
                                : ""}
                          </span>
                          <Link href={`/threads/${encodeURIComponent(p.threadId)}`}>
                            {p.threadTitle ?? "Your post"}
                          </Link>
                        </h3>
                        <Show when={p.createdAt}>
                          {(at) => (
                            <p class="meta">
                              Posted <time datetime={at()}>{formatTime(at())}</time>
                            </p>
                          )}
                        </Show>
                        <Show when={p.body}>
                          {(body) => <p class="my-post__body user-text">{body()}</p>}
                        </Show>
                        <div class="my-post__status">
                          <Show
                            when={isStatus(p.status) ? p.status : null}
                            fallback={<p>We're still checking this post.</p>}
                          >
                            {(s) => <StatusExplained status={s()} reason={p.reason} />}
                          </Show>
                        </div>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            )}
          </Show>
          <YourData />
        </>
      )}
    </RequireSignIn>
  );
}

function YourData() {
  const go = useGo();
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  let confirmHeading: HTMLHeadingElement | undefined;
  let startButton: HTMLButtonElement | undefined;

  const start = () => {
    setConfirming(true);
    requestAnimationFrame(() => confirmHeading?.focus());
  };
  const cancel = () => {
    setConfirming(false);
    setError(null);
    requestAnimationFrame(() => startButton?.focus());
  };
  const remove = async () => {
    if (busy()) return;
    setBusy(true);
    setError(null);
    const res = await api.deleteMe();
    setBusy(false);
    if (!res.ok) {
      setError(res.error);
      return;
    }
    setMe(null);
    setFlash({ path: "/", text: "Your made-up name and your posts have been deleted." });
    go("/");
  };

  return (
    <section aria-labelledby="your-data" class="your-data">
      <h2 id="your-data">Your data</h2>
      <p>
        You can download everything Harbour holds under your made-up name: your posts, what happened to
        each one, and your messages with our team.
      </p>
      <p>
        <a class="button button--secondary" href="/api/me/data" download="harbour-my-data.json">
          Download my data
        </a>
      </p>
      <p>
        <Link href="/privacy">What we keep, and for how long</Link>
      </p>
      <Show
        when={confirming()}
        fallback={
          <button type="button" class="button button--warning" ref={startButton} onClick={start}>
            Delete my name and posts
          </button>
        }
      >
        <div class="panel panel--warning">
          <h3 tabindex="-1" ref={confirmHeading}>
            Are you sure you want to delete your name and posts?
          </h3>
          <ul>
            <li>This deletes your made-up name and every post you've written.</li>
            <li>Your recovery code will stop working. This can't be undone.</li>
            <li>
              If our safeguarding team has a case about one of your posts, the case keeps a copy of that
              post with names, numbers and other details hidden, and a record of what the team did. This
              is so safeguarding decisions can be checked later. It never says who you are.
            </li>
          </ul>
          <ErrorAlert message={error()} />
          <div class="button-row">
            <button
              type="button"
              class="button button--warning"
              aria-disabled={busy() ? "true" : undefined}
              onClick={() => void remove()}
            >
              {busy() ? "Deleting…" : "Yes, delete everything"}
            </button>
            <button type="button" class="button button--secondary" onClick={cancel}>
              No, keep my posts
            </button>
          </div>
        </div>
      </Show>
    </section>
  );
}
