import { createEffect, createResource, createSignal, For, Show } from "solid-js";
import { api, type ContactState } from "../lib/api";
import ContactConsent from "./ContactConsent";
import { markMessagesRead } from "../lib/session";
import { formatTime } from "../lib/words";
import ErrorAlert from "./ErrorAlert";
import TextField from "./TextField";

const MESSAGE_MAX = 5000;

/**
 * Private messages between the author and Harbour's team (never between users). When a post goes
 * to the safeguarding team, this is where "a trained member of our team ... will message you here".
 */
export default function TeamMessages() {
  const [messages, { refetch }] = createResource(() => api.messages());
  const list = () => {
    const r = messages();
    return r && r.ok ? r.data.messages : null;
  };
  const failed = () => {
    const r = messages();
    return r && !r.ok && r.status !== 401 && r.status !== 404 ? r.error : null;
  };
  // Once they are on screen, tell the server they have been read: the header's notice can go.
  createEffect(() => {
    if (list()?.some((m) => m.unread)) void api.markMessagesRead().then(() => markMessagesRead());
  });
  const [requests, { refetch: refetchContact }] = createResource(() => api.contactRequests());
  const contactState = (caseId: string): ContactState => {
    const r = requests();
    return (r && r.ok ? r.data.requests.find((q) => q.caseId === caseId)?.state : undefined) ?? "deleted";
  };
  // The form sits under the latest message that asked, once per conversation.
  const lastAskFor = (caseId: string) => [...(list() ?? [])].reverse().find((m) => m.asksForContact && m.caseId === caseId)?.id;
  const teamHasWritten = () => (list() ?? []).some((m) => m.fromStaff);

  const [reply, setReply] = createSignal("");
  const [replyError, setReplyError] = createSignal<string | null>(null);
  const [apiError, setApiError] = createSignal<string | null>(null);
  const [sent, setSent] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  let input: HTMLInputElement | HTMLTextAreaElement | undefined;

  const send = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    const text = reply();
    const err =
      text.trim().length === 0
        ? "Write something in your message."
        : text.length > MESSAGE_MAX
          ? `Messages can be up to ${MESSAGE_MAX} characters. Try making it a bit shorter.`
          : null;
    setReplyError(err);
    if (err) {
      input?.focus();
      return;
    }
    setBusy(true);
    setApiError(null);
    setSent("");
    const res = await api.sendMessage(text);
    setBusy(false);
    if (!res.ok) {
      setApiError(res.error);
      return;
    }
    setReply("");
    setSent("Sent. Our team will read it and reply here.");
    void refetch();
  };

  return (
    <section aria-labelledby="team-messages" class="team-messages">
      <h2 id="team-messages" tabindex="-1">
        Messages from our team
      </h2>
      <Show when={messages.loading && !messages()}>
        <p role="status">Loading messages…</p>
      </Show>
      <ErrorAlert message={failed()} />
      <Show when={list()}>
        {(items) => (
          <Show
            when={items().length > 0}
            fallback={
              <p>
                No messages. If our team needs to talk with you about a post, their message will appear
                here. Only you and our team can see it.
              </p>
            }
          >
            <p>Only you and our team can see these messages.</p>
            <ol class="messages">
              <For each={items()}>
                {(m) => (
                  <li class={m.fromStaff ? "message message--team" : "message message--mine"}>
                    <p class="message__from">
                      <strong>{m.fromStaff ? "Harbour team" : "You"}</strong>
                      <Show when={m.unread}>
                        <span class="badge badge--new">New</span>
                      </Show>
                      <span class="meta">
                        {" "}
                        <time datetime={m.at}>{formatTime(m.at)}</time>
                      </span>
                    </p>
                    <p class="user-text">{m.body}</p>
                    <Show when={m.asksForContact && m.caseId && lastAskFor(m.caseId) === m.id ? m.caseId : null}>
                      {(caseId) => <ContactConsent caseId={caseId()} state={contactState(caseId())} onChange={() => void refetchContact()} />}
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        )}
      </Show>
      <Show when={teamHasWritten()}>
        <form class="form" novalidate onSubmit={(e) => void send(e)}>
          <TextField
            id="team-reply"
            label="Reply to our team"
            hint="You can tell us as much or as little as you want. You're not in trouble."
            value={reply()}
            onInput={setReply}
            max={MESSAGE_MAX}
            multiline
            rows={4}
            error={replyError()}
            ref={(el) => (input = el)}
          />
          <ErrorAlert message={apiError()} />
          <p role="status" class="sent">
            {sent()}
          </p>
          <button type="submit" class="button" aria-disabled={busy() ? "true" : undefined}>
            {busy() ? "Sending…" : "Send message"}
          </button>
        </form>
      </Show>
    </section>
  );
}
