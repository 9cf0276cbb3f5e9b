// Who is signed in, shared by every page. The session itself is an httpOnly cookie;
// here we only keep what GET /api/me says (pseudonym and space), in memory.
import { createResource, createRoot, createSignal } from "solid-js";
import { api, whenSignedOut, type Me, type NewIdentity, type PostResult, type Space } from "./api";

const session = createRoot(() => {
  const [me, { mutate, refetch }] = createResource<Me | null>(async () => {
    const res = await api.me();
    return res.ok ? res.data : null;
  });
  return { me, setMe: mutate, refetchMe: refetch };
});

whenSignedOut(() => {
  if (session.me()) session.setMe(null);
});

export const me = session.me;
export const setMe = (value: Me | null) => session.setMe(value);
export const refetchMe = () => session.refetchMe();

/**
 * Asks the server again who is signed in (e.g. for new messages from the team) without the
 * "loading" state a refetch would cause, so pages don't flicker. Keeps what we have on a network error.
 */
export async function refreshMe(): Promise<void> {
  const before = session.me();
  if (!before) return;
  const readBefore = messagesRead;
  const res = await api.me();
  const now = session.me();
  // Signed out, or someone else signed in, while we were asking: keep what's there now.
  if (!now || now.pseudonym !== before.pseudonym) return;
  if (res.ok) {
    // The messages were read while we were asking: the answer may predate that.
    const read = messagesRead !== readBefore;
    session.setMe(read ? { ...res.data, unreadMessages: 0 } : res.data);
  } else if (res.status === 401) {
    session.setMe(null);
  }
}

let messagesRead = 0;

/** Reading the messages marks them read on the server; the header's notice goes too. */
export function markMessagesRead(): void {
  messagesRead++;
  const who = session.me();
  if (who && who.unreadMessages) session.setMe({ ...who, unreadMessages: 0 });
}

/** How many messages from the team are waiting to be read. */
export const unreadMessages = (): number => session.me()?.unreadMessages ?? 0;

/** The new name and recovery code, held in memory only, shown once on the welcome page. */
export interface Welcome extends NewIdentity {
  space: Space;
}
const [welcome, setWelcome] = createSignal<Welcome | null>(null);
export { welcome, setWelcome };

/** A one-off message shown at the top of the next page (`path`), e.g. what happened to a new post. */
export interface Flash {
  path: string;
  text: string;
  result?: PostResult;
  seen?: boolean;
}
const [flash, setFlash] = createSignal<Flash | null>(null);
export { flash, setFlash };
