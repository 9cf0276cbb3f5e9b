// Where each person chooses how Harbour reaches them when nobody has a staff page open, and
// (for leads and admins) the on-call rota the alert ladder follows.
import { createSignal, For, onMount, Show } from "solid-js";
import { staffApi, type AlertSettings } from "../api";
import { staff } from "../session";
import { ErrorAlert, Heading, Input, StatusNotice, usePageTitle } from "../ui";
import RotaEditor from "./RotaEditor";
import { notificationsState, askForNotifications, pushState, subscribePush, unsubscribePush, type PushState } from "../alert-notifications";

const SEVERITIES = [
  { value: 4, label: "Urgent (severity 4): someone may be in danger now" },
  { value: 3, label: "Escalated (severity 3): a safeguarding case was opened" },
  { value: 2, label: "Waiting for a moderator (severity 2)" },
] as const;

export default function Alerts() {
  usePageTitle(() => "Alerts and on call");
  const role = () => staff()?.role;
  const receives = () => role() === "moderator" || role() === "safeguarding_lead";
  const seesRota = () => role() === "safeguarding_lead" || role() === "admin";
  const [settings, setSettings] = createSignal<AlertSettings | null>(null);
  const [email, setEmail] = createSignal("");
  const [severities, setSeverities] = createSignal<number[]>([]);
  const [anyTime, setAnyTime] = createSignal(true);
  const [from, setFrom] = createSignal("8");
  const [to, setTo] = createSignal("22");
  const [browser, setBrowser] = createSignal(true);
  const [error, setError] = createSignal<string | null>(null);
  const [status, setStatus] = createSignal("");
  const [push, setPush] = createSignal<PushState>("unavailable");

  const show = (s: AlertSettings) => {
    setSettings(s);
    setEmail(s.email ?? "");
    setSeverities(s.severities);
    setAnyTime(s.hours === null);
    if (s.hours) {
      setFrom(String(s.hours.from));
      setTo(String(s.hours.to));
    }
    setBrowser(s.browser);
  };

  onMount(async () => {
    if (!receives()) return;
    const res = await staffApi.alertSettings();
    if (res.ok) show(res.data);
    else setError(res.error);
    setPush(await pushState().catch(() => "unavailable" as const));
  });

  const changePush = async (on: boolean) => {
    setError(null);
    setStatus("");
    const problem = await (on ? subscribePush() : unsubscribePush()).catch((e: unknown) => `This browser could not do it: ${String(e)}`);
    if (problem) return setError(problem);
    setPush(await pushState());
    setStatus(on ? "This device will get alerts even when Harbour is closed." : "This device will no longer get alerts when Harbour is closed.");
  };

  const toggle = (n: number, on: boolean) => setSeverities((s) => (on ? [...new Set([...s, n])].sort() : s.filter((x) => x !== n)));

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    setError(null);
    setStatus("");
    const hours = anyTime() ? null : { from: Number(from()), to: Number(to()) };
    const res = await staffApi.saveAlertSettings({ email: email().trim() || null, severities: severities(), categories: settings()?.categories ?? null, hours, browser: browser() });
    if (!res.ok) return setError(res.error);
    show(res.data);
    setStatus("Saved. Harbour will alert you like this from now on.");
  };

  const hourOptions = Array.from({ length: 25 }, (_, h) => h);

  return (
    <>
      <Heading>Alerts and on call</Heading>
      <p>
        When something urgent comes in and nobody has a staff page open, Harbour reaches people by email and by a notification in any
        staff tab left open. An alert only ever says how urgent the item is and which space it is in, with a link to sign in: never the
        post's words, who wrote it, or what it is about.
      </p>
      <ErrorAlert message={error()} />
      <StatusNotice text={status()} />

      <Show when={receives()}>
        <section aria-labelledby="my-alerts">
          <h2 id="my-alerts">How Harbour alerts you</h2>
          <Show when={settings()} fallback={<Show when={!error()}><p role="status">Loading your alert settings…</p></Show>}>
            {(s) => (
              <form onSubmit={(e) => void save(e)} class="stack">
                <Show when={!s().emailAvailable}>
                  <p class="meta">Email alerts are off on this Harbour: no mail server is set up (HARBOUR_SMTP_URL). Notifications in an open staff tab still work.</p>
                </Show>
                <Input
                  id="alert-email"
                  label="Email address for alerts"
                  hint="A work address you check. Leave it empty to get no alert emails."
                  type="email"
                  autocomplete="email"
                  value={email()}
                  onInput={setEmail}
                  maxLength={254}
                />
                <fieldset class="fieldset">
                  <legend>Which items alert you</legend>
                  <For each={SEVERITIES}>
                    {(sev) => (
                      <div class="check">
                        <input id={`sev-${sev.value}`} type="checkbox" class="check__input" checked={severities().includes(sev.value)} onChange={(e) => toggle(sev.value, e.currentTarget.checked)} />
                        <label for={`sev-${sev.value}`} class="check__label">{sev.label}</label>
                      </div>
                    )}
                  </For>
                  <Show when={role() === "safeguarding_lead"}>
                    <p class="meta">While you are on the rota you are alerted for every urgent and escalated item in your on-call hours, whatever you choose here.</p>
                  </Show>
                </fieldset>
                <fieldset class="fieldset">
                  <legend>When ({s().timeZone})</legend>
                  <div class="check">
                    <input id="any-time" type="checkbox" class="check__input" checked={anyTime()} onChange={(e) => setAnyTime(e.currentTarget.checked)} />
                    <label for="any-time" class="check__label">Any time of day</label>
                  </div>
                  <Show when={!anyTime()}>
                    <div class="button-row">
                      <div class="field">
                        <label class="field__label" for="alert-hours-from">From</label>
                        <select id="alert-hours-from" class="field__input field__select" onChange={(e) => setFrom(e.currentTarget.value)}>
                          <For each={hourOptions.slice(0, 24)}>{(h) => <option value={h} selected={String(h) === from()}>{`${h}:00`}</option>}</For>
                        </select>
                      </div>
                      <div class="field">
                        <label class="field__label" for="alert-hours-to">Until</label>
                        <select id="alert-hours-to" class="field__input field__select" onChange={(e) => setTo(e.currentTarget.value)}>
                          <For each={hourOptions.slice(1)}>{(h) => <option value={h} selected={String(h) === to()}>{`${h}:00`}</option>}</For>
                        </select>
                      </div>
                    </div>
                  </Show>
                </fieldset>
                <fieldset class="fieldset">
                  <legend>In an open staff tab</legend>
                  <div class="check">
                    <input id="alert-browser" type="checkbox" class="check__input" checked={browser()} onChange={(e) => setBrowser(e.currentTarget.checked)} />
                    <label for="alert-browser" class="check__label">Show a notification when a staff tab is open in the background</label>
                  </div>
                  <Show when={browser()}>
                    <p class="meta">
                      <Show when={notificationsState() === "granted"} fallback={notificationsState() === "denied" ? "This browser has blocked Harbour's notifications; allow them in the browser's site settings." : notificationsState() === "unsupported" ? "This browser cannot show notifications." : "This browser has not been allowed to show notifications yet."}>
                        This browser will show Harbour's notifications.
                      </Show>
                    </p>
                    <Show when={notificationsState() === "default"}>
                      <button type="button" class="button button--secondary" onClick={() => void askForNotifications()}>
                        Allow notifications in this browser
                      </button>
                    </Show>
                    <Show when={push() !== "unavailable"}>
                      <p>
                        {push() === "on"
                          ? "This device gets alerts even when Harbour is closed."
                          : "You can also get alerts on this device when no Harbour tab is open (Web Push)."}
                      </p>
                      <button type="button" class="button button--secondary" onClick={() => void changePush(push() !== "on")}>
                        {push() === "on" ? "Stop alerts on this device when Harbour is closed" : "Get alerts on this device when Harbour is closed"}
                      </button>
                    </Show>
                  </Show>
                </fieldset>
                <div class="button-row">
                  <button type="submit" class="button">Save alert settings</button>
                </div>
              </form>
            )}
          </Show>
        </section>
      </Show>

      <Show when={seesRota()}>
        <RotaEditor canEdit={seesRota()} />
      </Show>
    </>
  );
}
