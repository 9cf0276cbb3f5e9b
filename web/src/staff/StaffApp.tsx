// The staff area: its own header (who is signed in, their role, sign out), navigation by role,
// and the staff pages. It has nothing to do with forum identities.
import { createEffect, createMemo, For, lazy, Match, on, onCleanup, onMount, Show, Switch, type JSX } from "solid-js";
import { A, useLocation, useNavigate } from "@solidjs/router";
import "./staff.css";
import { staffApi, whenSessionEnds, type StaffRole } from "./api";
import { checkStaff, homeFor, NAV, rememberAfterSignIn, notice, setNotice, signedOut, staff, TIMED_OUT, wasSignedIn } from "./session";
import { dismissUrgent, startLiveQueue, urgentAlert } from "./live";
import { roleName } from "./words";
import SignIn from "./pages/SignIn";
import ChangePassword from "./pages/ChangePassword";
import Queue from "./pages/Queue";
import QueueItemPage from "./pages/QueueItem";
import Cases from "./pages/Cases";
import CasePage from "./pages/Case";
import Audit from "./pages/Audit";
import WatchedWordsPage from "./pages/WatchedWords";
import Users from "./pages/Users";
import Spaces from "./pages/Spaces";
import Alerts from "./pages/Alerts";
import AlertLanding from "./pages/AlertLanding";
import { alertTrouble, startAlertNotifications, watchAlertDelivery } from "./alert-notifications";
// Charts (d3-scale) are only downloaded by those who open the figures page.
const FiguresPage = lazy(() => import("./pages/Figures"));
import { Heading, usePageTitle } from "./ui";

/** The server's idle limit for staff sessions (config.staffIdleMinutes). */
const IDLE_MINUTES = 30;

export default function StaffApp() {
  const location = useLocation();
  const navigate = useNavigate();
  const rest = () => location.pathname.replace(/^\/staff\/?/, "").replace(/\/+$/, "");
  const parts = createMemo(() => rest().split("/"));

  onMount(() => {
    document.body.classList.add("staff-mode");
    if (staff() === undefined) void checkStaff();
  });
  onCleanup(() => document.body.classList.remove("staff-mode"));

  // Any staff call that finds the session gone (idle for 30 minutes, or ended elsewhere).
  whenSessionEnds(() => {
    if (!staff()) return;
    setNotice({ path: "/staff/sign-in", text: TIMED_OUT });
    signedOut();
    navigate("/staff/sign-in");
  });
  onCleanup(() => whenSessionEnds(null));

  // A notice belongs to one page: it goes when the person moves on.
  createEffect(
    on(
      () => location.pathname,
      (path) => {
        const n = notice();
        if (n && n.path !== path) setNotice(null);
      },
    ),
  );

  // Not signed in: to the sign-in page (kindly, if a session has just timed out).
  createEffect(() => {
    const who = staff();
    if (who === null && rest() !== "sign-in") {
      rememberAfterSignIn(location.pathname);
      if (wasSignedIn()) {
        signedOut();
        setNotice({ path: "/staff/sign-in", text: TIMED_OUT });
      }
      navigate("/staff/sign-in", { replace: true });
    } else if (who && who.mustChangePassword && rest() !== "password" && rest() !== "sign-in") {
      navigate("/staff/password", { replace: true });
    } else if (who && rest() === "") {
      navigate(homeFor(who.role), { replace: true });
    }
  });

  // Moderators and leads hear about urgent items on every staff page, not just the queue.
  const triage = () => {
    const role = staff()?.role;
    return role === "moderator" || role === "safeguarding_lead";
  };
  createEffect(
    on(triage, (active) => {
      if (!active) return;
      const stop = startLiveQueue();
      const stopNotifications = startAlertNotifications((path) => navigate(path));
      onCleanup(() => {
        stop();
        stopNotifications();
      });
    }),
  );
  // Everyone signed in sees when alert emails are not getting out.
  createEffect(
    on(
      () => Boolean(staff()),
      (signedIn) => {
        if (signedIn) onCleanup(watchAlertDelivery());
      },
    ),
  );

  // Live updates re-fetch the queue and so keep the server session alive on their own; an
  // unattended screen still signs out after 30 minutes without anyone touching it.
  onMount(() => {
    let lastInput = Date.now();
    const touched = () => (lastInput = Date.now());
    const inputs = ["pointerdown", "keydown", "wheel", "touchstart"] as const;
    for (const type of inputs) document.addEventListener(type, touched, { capture: true, passive: true });
    const timer = setInterval(() => {
      if (!staff() || Date.now() - lastInput < IDLE_MINUTES * 60_000) return;
      void staffApi.logout();
      setNotice({ path: "/staff/sign-in", text: TIMED_OUT });
      signedOut();
      navigate("/staff/sign-in");
    }, 30_000);
    onCleanup(() => {
      clearInterval(timer);
      for (const type of inputs) document.removeEventListener(type, touched, { capture: true });
    });
  });

  const signOut = async () => {
    await staffApi.logout();
    setNotice({ path: "/staff/sign-in", text: "You've signed out of the staff area." });
    signedOut();
    navigate("/staff/sign-in");
  };

  const skip = (e: MouseEvent) => {
    e.preventDefault();
    document.getElementById("staff-content")?.focus();
  };

  const currentNotice = () => {
    const n = notice();
    return n && n.path === location.pathname ? n : null;
  };

  return (
    <div class="staff">
      <a class="skip-link staff-skip" href="#staff-content" onClick={skip}>
        Skip to page content
      </a>
      <header class="staff-header">
        <div class="staff-header__top">
          <p class="staff-header__brand">Harbour staff</p>
          <Show when={staff()}>
            {(who) => (
              <p class="staff-header__who">
                Signed in as <strong>{who().username}</strong>
                <span class="staff-header__role"> · {roleName[who().role]}</span>
              </p>
            )}
          </Show>
        </div>
        <Show when={staff()}>
          {(who) => (
            <nav aria-label="Staff" class="staff-nav">
              <ul>
                <For each={NAV.filter((n) => n.roles.includes(who().role))}>
                  {(item) => (
                    <li>
                      <A href={item.href}>{item.label}</A>
                    </li>
                  )}
                </For>
                <li>
                  <A href="/staff/password">Change password</A>
                </li>
                <li>
                  <button type="button" class="staff-nav__signout" onClick={() => void signOut()}>
                    Sign out
                  </button>
                </li>
              </ul>
            </nav>
          )}
        </Show>
      </header>
      <div id="staff-content" class="staff-content" tabindex="-1">
        <div role="alert" class="alert-slot">
          <Show when={staff() && alertTrouble()}>
            {(t) => (
              <div class="urgent-banner">
                <p class="urgent-banner__text">
                  Alert emails are not getting out: {t().problem ?? "the mail server could not be reached"}
                  {t().failingSince ? ` (since ${new Date(t().failingSince!).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })})` : ""}. Harbour keeps
                  trying. Until then, keep the review queue open so urgent items are seen.
                </p>
              </div>
            )}
          </Show>
          <Show when={triage() && urgentAlert()}>
            {(u) => (
              <div class="urgent-banner">
                <p class="urgent-banner__text">{u().text}</p>
                <div class="button-row">
                  <A class="button button--warning" href={`/staff/queue/${encodeURIComponent(u().itemId)}`} onClick={() => dismissUrgent()}>
                    Open the urgent item
                  </A>
                  <button type="button" class="button button--secondary" onClick={() => dismissUrgent()}>
                    Dismiss this alert
                  </button>
                </div>
              </div>
            )}
          </Show>
        </div>
        <Show when={currentNotice()}>
          {(n) => (
            <div class="notice" role="status">
              <p>{n().text}</p>
            </div>
          )}
        </Show>
        <Switch fallback={<NotFound />}>
          <Match when={rest() === "sign-in"}>
            <SignIn />
          </Match>
          <Match when={staff() === undefined}>
            <Heading>Harbour staff</Heading>
            <p role="status">Checking whether you're signed in…</p>
          </Match>
          <Match when={staff() === null || rest() === ""}>
            <Heading>Harbour staff</Heading>
            <p role="status">Taking you to the right page…</p>
          </Match>
          <Match when={rest() === "password"}>
            <ChangePassword />
          </Match>
          <Match when={parts()[0] === "queue" && parts().length === 1}>
            <Allowed roles={["moderator", "safeguarding_lead"]}>
              <Queue />
            </Allowed>
          </Match>
          <Match when={parts()[0] === "queue" && parts().length === 2 && parts()[1]}>
            {(id) => (
              <Allowed roles={["moderator", "safeguarding_lead"]}>
                <QueueItemPage id={id()} />
              </Allowed>
            )}
          </Match>
          <Match when={parts()[0] === "cases" && parts().length === 1}>
            <Allowed roles={["safeguarding_lead"]}>
              <Cases />
            </Allowed>
          </Match>
          <Match when={parts()[0] === "cases" && parts().length === 2 && parts()[1]}>
            {(id) => (
              <Allowed roles={["safeguarding_lead"]}>
                <CasePage id={id()} />
              </Allowed>
            )}
          </Match>
          <Match when={rest() === "watched-words"}>
            <Allowed roles={["safeguarding_lead", "admin"]}>
              <WatchedWordsPage />
            </Allowed>
          </Match>
          <Match when={rest() === "audit"}>
            <Allowed roles={["safeguarding_lead", "admin"]}>
              <Audit />
            </Allowed>
          </Match>
          <Match when={rest() === "users"}>
            <Allowed roles={["admin"]}>
              <Users />
            </Allowed>
          </Match>
          <Match when={rest() === "alerts"}>
            <Allowed roles={["moderator", "safeguarding_lead", "admin"]}>
              <Alerts />
            </Allowed>
          </Match>
          <Match when={parts()[0] === "alerts" && parts().length === 2 && parts()[1]}>
            {(id) => (
              <Allowed roles={["moderator", "safeguarding_lead"]}>
                <AlertLanding id={id()} />
              </Allowed>
            )}
          </Match>
          <Match when={rest() === "spaces"}>
            <Spaces />
          </Match>
          <Match when={rest() === "figures"}>
            <Allowed roles={["partnership_lead", "admin"]}>
              <FiguresPage />
            </Allowed>
          </Match>
        </Switch>
      </div>
    </div>
  );
}

/** Shows a page only to the roles the server allows for it; anyone else gets a plain explanation. */
function Allowed(props: { roles: readonly StaffRole[]; children: JSX.Element }) {
  return (
    <Show
      when={staff() && props.roles.includes(staff()!.role)}
      fallback={
        <>
          <Heading>This page isn't part of your role</Heading>
          <p>
            Your role ({staff() ? roleName[staff()!.role] : "staff"}) doesn't include this page. Use the links above to
            get to your own work.
          </p>
        </>
      }
    >
      {props.children}
    </Show>
  );
}

function NotFound() {
  usePageTitle(() => "Page not found");
  return (
    <>
      <Heading>Page not found</Heading>
      <p>There's no staff page at this address. Use the links above.</p>
    </>
  );
}
