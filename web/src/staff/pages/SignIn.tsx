// Staff sign-in: username, password and the 6-digit code; at first sign-in, setting up the
// authenticator app (QR code and typed key); then, if asked, choosing a new password.
import { createSignal, Match, Switch } from "solid-js";
import { useNavigate } from "@solidjs/router";
import { staffApi, type Enrolment, type SignedIn } from "../api";
import { homeFor, signedIn, takeAfterSignIn } from "../session";
import { ErrorAlert, Heading, Input, usePageTitle } from "../ui";
import { NewPasswordForm } from "./ChangePassword";

type Step = { name: "credentials" } | { name: "enrol"; enrolment: Enrolment } | { name: "password"; who: SignedIn };

export default function SignIn() {
  const navigate = useNavigate();
  const [step, setStep] = createSignal<Step>({ name: "credentials" });
  const [username, setUsername] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [code, setCode] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [fieldError, setFieldError] = createSignal<{ field: string; text: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const inputs: Record<string, HTMLInputElement | undefined> = {};

  usePageTitle(() => (step().name === "enrol" ? "Set up your sign-in code" : step().name === "password" ? "Choose a new password" : "Staff sign in"));

  const focusHeading = () => requestAnimationFrame(() => document.querySelector<HTMLElement>("#staff-content h1")?.focus());

  const finish = (who: SignedIn) => {
    signedIn(who);
    if (who.mustChangePassword) {
      setStep({ name: "password", who });
      focusHeading();
      return;
    }
    navigate(takeAfterSignIn() ?? homeFor(who.role));
  };

  const invalid = (field: string, text: string) => {
    setFieldError({ field, text });
    setError(text);
    inputs[field]?.focus();
  };

  const submitCredentials = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    setError(null);
    setFieldError(null);
    if (!username().trim()) return invalid("username", "Enter your username.");
    if (!password()) return invalid("password", "Enter your password.");
    const totp = code().replace(/\s/g, "");
    if (totp && !/^\d{6}$/.test(totp)) return invalid("code", "The code is the 6 digits your authenticator app shows.");
    setBusy(true);
    const res = await staffApi.login(username().trim(), password(), totp);
    setBusy(false);
    if (!res.ok) {
      setError(res.error);
      setCode("");
      inputs[res.status === 401 ? "password" : "username"]?.focus();
      return;
    }
    if ("enrolmentRequired" in res.data) {
      setCode("");
      setStep({ name: "enrol", enrolment: res.data });
      focusHeading();
      return;
    }
    finish(res.data);
  };

  const submitEnrolment = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    setError(null);
    setFieldError(null);
    const totp = code().replace(/\s/g, "");
    if (!/^\d{6}$/.test(totp)) return invalid("enrol-code", "Enter the 6-digit code your authenticator app shows for Harbour.");
    setBusy(true);
    const res = await staffApi.enrol(totp);
    setBusy(false);
    if (!res.ok) {
      if (res.status === 401 && /sign in/i.test(res.error)) {
        // The 15-minute set-up session ran out: start again from the password.
        setStep({ name: "credentials" });
        setError(res.error);
        return;
      }
      invalid("enrol-code", res.error);
      return;
    }
    finish(res.data);
  };

  const errorFor = (field: string) => (fieldError()?.field === field ? fieldError()!.text : null);

  return (
    <Switch>
      <Match when={step().name === "credentials"}>
        <Heading>Staff sign in</Heading>
        <p>This is the sign-in for Harbour's moderators, safeguarding team, partnership leads and admins.</p>
        <form class="form staff-form" onSubmit={(e) => void submitCredentials(e)} novalidate>
          <Input id="staff-username" label="Username" value={username()} onInput={setUsername} autocomplete="username" error={errorFor("username")} ref={(el) => (inputs.username = el)} />
          <Input id="staff-password" label="Password" type="password" value={password()} onInput={setPassword} autocomplete="current-password" error={errorFor("password")} ref={(el) => (inputs.password = el)} />
          <Input
            id="staff-code"
            label="6-digit code"
            hint="From your authenticator app. Signing in for the first time? Leave this empty: you'll set up your code next."
            value={code()}
            onInput={setCode}
            inputmode="numeric"
            autocomplete="one-time-code"
            maxLength={7}
            error={errorFor("code")}
            ref={(el) => (inputs.code = el)}
          />
          <button type="submit" class="button" aria-disabled={busy() ? "true" : undefined}>
            {busy() ? "Signing in…" : "Sign in"}
          </button>
          <ErrorAlert message={error()} />
        </form>
      </Match>
      <Match when={step().name === "enrol" && (step() as { enrolment: Enrolment }).enrolment}>
        {(enrolment) => (
          <>
            <Heading>Set up your sign-in code</Heading>
            <p>
              Your password is right. Before you go on, connect an authenticator app (for example Google Authenticator,
              Microsoft Authenticator or 1Password) to your account. You'll use its 6-digit code every time you sign in.
            </p>
            <ol class="steps">
              <li>
                <p>Open your authenticator app and choose to add an account.</p>
              </li>
              <li>
                <p>Scan this QR code with the app:</p>
                <img
                  class="qr"
                  src={enrolment().qrDataUrl}
                  width="200"
                  height="200"
                  alt="QR code that adds your Harbour staff account to an authenticator app. If you can't scan it, type the setup key shown below instead."
                />
                <p>Or, if you can't scan it, type this setup key into the app:</p>
                <p class="setup-key" data-testid="totp-secret">
                  {enrolment().secret.replace(/(.{4})(?=.)/g, "$1 ")}
                </p>
              </li>
              <li>
                <p>Type the 6-digit code the app now shows for Harbour.</p>
              </li>
            </ol>
            <form class="form staff-form" onSubmit={(e) => void submitEnrolment(e)} novalidate>
              <Input
                id="enrol-code"
                label="6-digit code from your app"
                value={code()}
                onInput={setCode}
                inputmode="numeric"
                autocomplete="one-time-code"
                maxLength={7}
                error={errorFor("enrol-code")}
                ref={(el) => (inputs["enrol-code"] = el)}
              />
              <button type="submit" class="button" aria-disabled={busy() ? "true" : undefined}>
                {busy() ? "Checking…" : "Confirm code"}
              </button>
              <ErrorAlert message={error()} />
            </form>
          </>
        )}
      </Match>
      <Match when={step().name === "password" && (step() as { who: SignedIn }).who}>
        {(who) => (
          <>
            <Heading>Choose a new password</Heading>
            <p>You signed in with a temporary password. Please choose your own now; you'll use it from next time.</p>
            <NewPasswordForm currentPassword={password()} onDone={() => navigate(homeFor(who().role))} />
          </>
        )}
      </Match>
    </Switch>
  );
}
