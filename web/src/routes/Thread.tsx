import { createResource, createSignal, For, Show } from "solid-js";
import { useParams } from "@solidjs/router";
import PageHeading from "../components/PageHeading";
import RequireSignIn from "../components/RequireSignIn";
import TextField from "../components/TextField";
import ErrorAlert from "../components/ErrorAlert";
import DraftHelp from "../components/DraftHelp";
import StatusExplained from "../components/StatusExplained";
import PostOutcome from "../components/PostOutcome";
import Link from "../components/Link";
import ReportPost from "../components/ReportPost";
import { api, type PostResult } from "../lib/api";
import { me, setFlash } from "../lib/session";
import { formatTime, isStatus } from "../lib/words";
import { usePageTitle } from "../lib/nav";
import { BODY_MAX, POST_HINT } from "./NewThread";

export default function ThreadPage() {
  const params = useParams<{ id: string }>();
  const [thread, { refetch }] = createResource(
    () => (me() ? params.id : null),
    (id) => api.getThread(id),
  );
  const loaded = () => {
    const r = thread();
    return r && r.ok ? r.data.thread : null;
  };
  const failed = () => {
    const r = thread();
    return r && !r.ok ? r : null;
  };
  usePageTitle(() => loaded()?.title ?? "Thread");

  const [reply, setReply] = createSignal("");
  const [replyError, setReplyError] = createSignal<string | null>(null);
  const [apiError, setApiError] = createSignal<string | null>(null);
  const [outcome, setOutcome] = createSignal<PostResult | null>(null);
  const [busy, setBusy] = createSignal(false);
  let replyInput: HTMLInputElement | HTMLTextAreaElement | undefined;

  const sendReply = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    const text = reply();
    const err =
      text.trim().length === 0
        ? "Write something in your reply."
        : text.length > BODY_MAX
          ? `Replies can be up to ${BODY_MAX} characters. Try making it a bit shorter.`
          : null;
    setReplyError(err);
    if (err) {
      replyInput?.focus();
      return;
    }
    setBusy(true);
    setApiError(null);
    setOutcome(null);
    const res = await api.reply(params.id, text);
    setBusy(false);
    if (!res.ok) {
      setApiError(res.error);
      return;
    }
    setReply("");
    setFlash(null);
    setOutcome(res.data);
    void refetch();
  };

  return (
    <RequireSignIn>
      {(who) => (
        <>
          <p class="back-link">
            <Link href="/threads">Back to the threads</Link>
          </p>
          <PageHeading>
            {loaded()?.title ??
              (failed()?.status === 404
                ? "We can't find that thread"
                : failed()
                  ? "We can't show this thread"
                  : "Loading thread…")}
          </PageHeading>
          <Show when={failed()}>
            {(f) => (
              <>
                <Show when={f().status !== 404} fallback={<p>{f().error}</p>}>
                  <ErrorAlert message={f().error} />
                </Show>
                <p>
                  It may have been taken down, or it may still be waiting to be checked. If you wrote
                  it, you can see it on <Link href="/my-posts">My posts</Link>.
                </p>
              </>
            )}
          </Show>
          <Show when={loaded()}>
            {(t) => (
              <>
                <ol class="posts">
                  <For each={t().posts}>
                    {(p, i) => (
                      <li class={p.mine ? "post post--mine" : "post"}>
                        <article aria-labelledby={`post-${p.id}-by`}>
                          <header class="post__header">
                            <h2 class="post__by" id={`post-${p.id}-by`}>
                              {p.pseudonym}
                              <Show when={p.mine}>
                                <span class="post__you"> (you)</span>
                              </Show>
                              <Show when={i() === 0}>
                                <span class="visually-hidden">, opening post</span>
                              </Show>
                            </h2>
                            <p class="meta">
                              <time datetime={p.createdAt}>{formatTime(p.createdAt)}</time>
                            </p>
                          </header>
                          <Show when={p.mine && isStatus(p.status) && p.status !== "published" ? p.status : null}>
                            {(s) => (
                              <div class="post__status">
                                <StatusExplained
                                  status={s()}
                                  reason={p.reason}
                                  prefix={s() === "removed" ? "Only you can see this now." : "Only you can see this for now."}
                                />
                              </div>
                            )}
                          </Show>
                          <p class="post__body user-text">{p.body}</p>
                          {/* Only someone else's published post can be reported (never your own). */}
                          <Show when={!p.mine && (p.status === undefined || p.status === "published")}>
                            <ReportPost postId={p.id} author={p.pseudonym} />
                          </Show>
                        </article>
                      </li>
                    )}
                  </For>
                </ol>

                <section aria-labelledby="reply-heading" class="reply">
                  <h2 id="reply-heading">Reply to this thread</h2>
                  <div role="status" class="outcome-slot">
                    <Show when={outcome()}>
                      {(o) => (
                        <div class="notice">
                          <p>Thanks for your reply.</p>
                          <PostOutcome result={o()} space={who().space} />
                        </div>
                      )}
                    </Show>
                  </div>
                  <form class="form" novalidate onSubmit={(e) => void sendReply(e)}>
                    <TextField
                      id="reply-body"
                      label="Your reply"
                      hint={POST_HINT}
                      value={reply()}
                      onInput={setReply}
                      max={BODY_MAX}
                      multiline
                      rows={5}
                      error={replyError()}
                      ref={(el) => (replyInput = el)}
                    />
                    <DraftHelp text={reply()} space={who().space} />
                    <ErrorAlert message={apiError()} />
                    <button type="submit" class="button" aria-disabled={busy() ? "true" : undefined}>
                      {busy() ? "Posting…" : "Post reply"}
                    </button>
                  </form>
                </section>
              </>
            )}
          </Show>
        </>
      )}
    </RequireSignIn>
  );
}
