import { createSignal, Show } from "solid-js";
import PageHeading from "../components/PageHeading";
import RequireSignIn from "../components/RequireSignIn";
import ParentNote from "../components/ParentNote";
import TextField from "../components/TextField";
import ErrorAlert from "../components/ErrorAlert";
import DraftHelp from "../components/DraftHelp";
import Link from "../components/Link";
import { api, type Space } from "../lib/api";
import { setFlash } from "../lib/session";
import { spaceName } from "../lib/words";
import { useGo, usePageTitle } from "../lib/nav";

export const TITLE_MIN = 3;
export const TITLE_MAX = 120;
export const BODY_MAX = 5000;

export const POST_HINT =
  "Write in your own words. Please leave out real names, schools, phone numbers and social media accounts.";

export default function NewThread() {
  usePageTitle(() => "Start a new thread");
  const go = useGo();
  const [title, setTitle] = createSignal("");
  const [body, setBody] = createSignal("");
  const [titleError, setTitleError] = createSignal<string | null>(null);
  const [bodyError, setBodyError] = createSignal<string | null>(null);
  const [apiError, setApiError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let titleInput: HTMLInputElement | HTMLTextAreaElement | undefined;
  let bodyInput: HTMLInputElement | HTMLTextAreaElement | undefined;

  const validate = (): boolean => {
    const t = title().trim();
    const b = body().trim();
    setTitleError(
      t.length < TITLE_MIN
        ? `Give your thread a title of at least ${TITLE_MIN} characters.`
        : title().length > TITLE_MAX
          ? `The title can be up to ${TITLE_MAX} characters. Try making it a bit shorter.`
          : null,
    );
    setBodyError(
      b.length === 0
        ? "Write something in your post."
        : body().length > BODY_MAX
          ? `Posts can be up to ${BODY_MAX} characters. Try making it a bit shorter, or split it into a reply.`
          : null,
    );
    if (titleError()) titleInput?.focus();
    else if (bodyError()) bodyInput?.focus();
    return !titleError() && !bodyError();
  };

  const submit = async (e: SubmitEvent, space: Space) => {
    e.preventDefault();
    if (busy() || !validate()) return;
    setBusy(true);
    setApiError(null);
    const res = await api.createThread(space, title().trim(), body());
    setBusy(false);
    if (!res.ok) {
      setApiError(res.error);
      return;
    }
    const path = `/threads/${encodeURIComponent(res.data.id)}`;
    setFlash({ path, text: "Thanks for posting.", result: res.data });
    go(path);
  };

  return (
    <RequireSignIn>
      {(who) => (
        <>
          <PageHeading>Start a new thread</PageHeading>
          <p>
            In {spaceName[who().space]}. <Link href="/threads">Back to the threads</Link>
          </p>
          <Show when={who().space === "parents"}>
            <ParentNote />
          </Show>
          <form class="form" novalidate onSubmit={(e) => void submit(e, who().space)}>
            <TextField
              id="thread-title"
              label="Title"
              hint={`A few words about what's on your mind (${TITLE_MIN} to ${TITLE_MAX} characters).`}
              value={title()}
              onInput={setTitle}
              max={TITLE_MAX}
              error={titleError()}
              ref={(el) => (titleInput = el)}
            />
            <TextField
              id="thread-body"
              label="Your post"
              hint={POST_HINT}
              value={body()}
              onInput={setBody}
              max={BODY_MAX}
              multiline
              rows={8}
              error={bodyError()}
              ref={(el) => (bodyInput = el)}
            />
            <DraftHelp text={`${title()}\n${body()}`} space={who().space} />
            <ErrorAlert message={apiError()} />
            <button type="submit" class="button" aria-disabled={busy() ? "true" : undefined}>
              {busy() ? "Posting…" : "Post thread"}
            </button>
          </form>
        </>
      )}
    </RequireSignIn>
  );
}
