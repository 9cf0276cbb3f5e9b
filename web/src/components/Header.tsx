import { Show } from "solid-js";
import { useLocation } from "@solidjs/router";
import Link from "./Link";
import { api } from "../lib/api";
import { me, setFlash, setMe, unreadMessages } from "../lib/session";
import { plural, spaceName } from "../lib/words";
import { useGo } from "../lib/nav";

export default function Header() {
  const go = useGo();
  const location = useLocation();
  const signOut = async () => {
    const res = await api.signOut();
    if (!res.ok && res.status !== 401) {
      setFlash({ path: location.pathname, text: res.error });
      return;
    }
    setMe(null);
    setFlash({ path: "/", text: "You've signed out. To come back, use your recovery code." });
    go("/");
  };

  return (
    <header class="site-header">
      <div class="site-header__inner">
        <p class="site-header__brand">
          <Link href="/" end class="brand-link">
            Harbour
          </Link>
        </p>
        <Show when={me()}>
          {(who) => (
            <p class="site-header__who">
              You're <strong>{who().pseudonym}</strong>
              <span class="site-header__space"> in {spaceName[who().space]}</span>
            </p>
          )}
        </Show>
        <nav aria-label="Main" class="site-nav">
          <ul>
            <Show
              when={me()}
              fallback={
                <>
                  <li>
                    <Link href="/sign-in">I have a recovery code</Link>
                  </li>
                  <li>
                    <Link href="/help">Get help</Link>
                  </li>
                </>
              }
            >
              <li>
                <Link href="/threads" end>
                  Threads
                </Link>
              </li>
              <li>
                <Link href="/my-posts">My posts</Link>
              </li>
              <li>
                <Link href="/help">Get help</Link>
              </li>
              <li>
                <button type="button" class="link-button" onClick={signOut}>
                  Sign out
                </button>
              </li>
            </Show>
          </ul>
        </nav>
        {/* A live region that is always there, so a new message is announced when it arrives. */}
        <div role="status" class="site-header__unread">
          <Show when={me() && unreadMessages() > 0}>
            <p class="unread">
              <Link href="/my-posts#team-messages" class="unread__link">
                {plural(unreadMessages(), "new message", "new messages")} from our team
              </Link>
            </p>
          </Show>
        </div>
      </div>
    </header>
  );
}
