// Who is signed in to the staff area, kept in memory only (the session itself is an httpOnly
// cookie). A sessionStorage flag (not a token) remembers that someone *was* signed in, so a
// reload after the 30-minute idle timeout can say "your session timed out" kindly.
import { createRoot, createSignal } from "solid-js";
import { staffApi, type SignedIn, type StaffRole } from "./api";

const WAS_SIGNED_IN = "harbour.staff.signedIn";

const state = createRoot(() => {
  // undefined: not checked yet; null: nobody signed in.
  const [staff, setStaff] = createSignal<SignedIn | null | undefined>(undefined);
  const [notice, setNotice] = createSignal<Notice | null>(null);
  return { staff, setStaff, notice, setNotice };
});

export interface Notice {
  /** The page the message belongs to. */
  path: string;
  text: string;
}

export const staff = state.staff;
export const notice = state.notice;
export const setNotice = (n: Notice | null) => state.setNotice(n);

export const TIMED_OUT = "Your session timed out after 30 minutes without activity, so we signed you out to keep things safe. Please sign in again.";

export function signedIn(who: SignedIn): void {
  state.setStaff(who);
  try {
    sessionStorage.setItem(WAS_SIGNED_IN, "1");
  } catch {
    // Private mode: the kind note is a nicety.
  }
}

export function signedOut(): void {
  // The flag goes first: pages react to the change of `staff` at once.
  try {
    sessionStorage.removeItem(WAS_SIGNED_IN);
  } catch {
    // ignore
  }
  state.setStaff(null);
}

export function wasSignedIn(): boolean {
  try {
    return sessionStorage.getItem(WAS_SIGNED_IN) === "1";
  } catch {
    return false;
  }
}

export function passwordChanged(): void {
  const who = state.staff();
  if (who) state.setStaff({ ...who, mustChangePassword: false });
}

/** Asks the server once who is signed in (on first load of the staff area). */
export async function checkStaff(): Promise<void> {
  const res = await staffApi.me();
  if (res.ok) {
    // The server says whether a temporary password still has to be replaced, so a reload keeps that step.
    state.setStaff(res.data);
  } else {
    state.setStaff(null);
  }
}

const AFTER_SIGN_IN = "harbour.staff.afterSignIn";

/** An alert's link opened while signed out: where to go once signed in (alert pages only). */
export function rememberAfterSignIn(path: string): void {
  if (!/^\/staff\/alerts\/[0-9a-f-]{36}$/.test(path)) return;
  try {
    sessionStorage.setItem(AFTER_SIGN_IN, path);
  } catch {
    // Without storage the person lands on their usual first page.
  }
}

export function takeAfterSignIn(): string | null {
  try {
    const path = sessionStorage.getItem(AFTER_SIGN_IN);
    sessionStorage.removeItem(AFTER_SIGN_IN);
    return path;
  } catch {
    return null;
  }
}

/** The first page for each role after signing in. */
export function homeFor(role: StaffRole): string {
  if (role === "moderator" || role === "safeguarding_lead") return "/staff/queue";
  if (role === "partnership_lead") return "/staff/figures";
  return "/staff/users";
}

export interface NavItem {
  href: string;
  label: string;
  roles: readonly StaffRole[];
}

// Mirrors server/staff/roles.ts (CAN): a link is shown only to the roles the server allows.
export const NAV: NavItem[] = [
  { href: "/staff/queue", label: "Review queue", roles: ["moderator", "safeguarding_lead"] },
  { href: "/staff/cases", label: "Cases", roles: ["safeguarding_lead"] },
  { href: "/staff/watched-words", label: "Watched words", roles: ["safeguarding_lead", "admin"] },
  { href: "/staff/audit", label: "Audit log", roles: ["safeguarding_lead", "admin"] },
  { href: "/staff/users", label: "Staff accounts", roles: ["admin"] },
  { href: "/staff/figures", label: "Figures", roles: ["partnership_lead", "admin"] },
  { href: "/staff/alerts", label: "Alerts and on call", roles: ["moderator", "safeguarding_lead", "admin"] },
  { href: "/staff/spaces", label: "Spaces", roles: ["moderator", "safeguarding_lead", "partnership_lead", "admin"] },
];
