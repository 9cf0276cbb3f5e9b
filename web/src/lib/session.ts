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
