// Where an alert's link leads after sign-in: what is waiting, and "I'm on it".
import { createSignal, onMount, Show } from "solid-js";
import { A, useNavigate } from "@solidjs/router";
import { staffApi, type AlertView } from "../api";
import { staff } from "../session";
import { ErrorAlert, Heading, usePageTitle } from "../ui";

export default function AlertLanding(props: { id: string }) {
  usePageTitle(() => "Alert");
  const navigate = useNavigate();
  const [alert, setAlert] = createSignal<AlertView | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  onMount(async () => {
    const res = await staffApi.alert(props.id);
    if (res.ok) setAlert(res.data);
    else setError(res.error);
  });

  const lead = () => staff()?.role === "safeguarding_lead";
  const canAnswer = (a: AlertView) => (a.caseId ? lead() : true);

  const onIt = async (a: AlertView) => {
    setBusy(true);
    setError(null);
    const res = await staffApi.acknowledgeAlert(a.id);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    if (res.data.caseId) navigate(`/staff/cases/${encodeURIComponent(res.data.caseId)}`);
    else if (res.data.queueItemId) navigate(`/staff/queue/${encodeURIComponent(res.data.queueItemId)}`);
  };

  return (
    <>
      <Heading>{alert()?.title.replace(/^Harbour: /, "") ?? "Alert"}</Heading>
      <ErrorAlert message={error()} />
      <Show when={alert()} fallback={<Show when={!error()}><p role="status">Loading the alert…</p></Show>}>
        {(a) => (
          <>
            <p>{a().body}</p>
            <p class="meta">Raised {new Date(a().raisedAt).toLocaleString("en-GB")}.</p>
            <Show when={a().answered}>
              <p class="notice">{a().answeredNote ?? "Someone has already taken this on."}</p>
            </Show>
            <div class="button-row">
              <Show when={canAnswer(a())} fallback={<p>Only a safeguarding lead can take this on. It is also in the <A href="/staff/queue">review queue</A>.</p>}>
                <button type="button" class="button button--warning" disabled={busy()} onClick={() => void onIt(a())}>
                  {a().caseId ? "I'm on it: take the case" : "I'm on it: open the post"}
                </button>
              </Show>
            </div>
          </>
        )}
      </Show>
    </>
  );
}
