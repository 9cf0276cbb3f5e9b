// Staff accounts (admins): who has access, adding someone (their temporary password is shown
// once), and disabling an account.
import { createSignal, For, onMount, Show } from "solid-js";
import { staffApi, type StaffRole, type StaffUser } from "../api";
import { staff } from "../session";
import { ErrorAlert, Heading, Input, Select, StatusNotice, TableRegion, TextArea, usePageTitle } from "../ui";
import { roleName, when } from "../words";

const ROLES: StaffRole[] = ["moderator", "safeguarding_lead", "partnership_lead", "admin"];

export default function Users() {
  usePageTitle(() => "Staff accounts");
  const [users, setUsers] = createSignal<StaffUser[] | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [created, setCreated] = createSignal<{ username: string; role: StaffRole; temporaryPassword: string } | null>(null);
  const [disabling, setDisabling] = createSignal<string | null>(null);
  const [status, setStatus] = createSignal("");
  let createdBox: HTMLDivElement | undefined;

  const load = async () => {
    const res = await staffApi.users();
    if (res.ok) setUsers(res.data.users);
    else setError(res.error);
  };
  onMount(() => void load());

  return (
    <>
      <Heading>Staff accounts</Heading>
      <ErrorAlert message={error()} />
      <StatusNotice text={status()} />

      <h2>Add a staff member</h2>
      <Show when={created()}>
        {(c) => (
          <div class="panel panel--warning created" tabindex="-1" ref={createdBox}>
            <h3>Account created for {c().username}</h3>
            <p>
              Role: {roleName[c().role]}. Give them this temporary password in person or by phone, not by email. It is shown
              only once.
            </p>
            <p class="setup-key" data-testid="temporary-password">
              {c().temporaryPassword}
            </p>
            <p>They'll set up their code (an authenticator app) at first sign-in, then choose their own password.</p>
            <button type="button" class="button button--secondary" onClick={() => setCreated(null)}>
              I've passed it on: hide the password
            </button>
          </div>
        )}
      </Show>
      <CreateForm
        onCreated={(c) => {
          setCreated(c);
          void load();
          requestAnimationFrame(() => createdBox?.focus());
        }}
      />

      <h2>Everyone with access</h2>
      <Show when={users()} fallback={<Show when={!error()}><p role="status">Loading accounts…</p></Show>}>
        {(list) => (
          <TableRegion label="Staff accounts">
            <table class="staff-table">
              <caption class="visually-hidden">Staff accounts ({list().length})</caption>
              <thead>
                <tr>
                  <th scope="col">Username</th>
                  <th scope="col">Role</th>
                  <th scope="col">Sign-in code set up</th>
                  <th scope="col">Added</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(u) => (
                    <tr>
                      <th scope="row">{u.username}</th>
                      <td>{roleName[u.role]}</td>
                      <td>{u.enrolled ? "Yes" : "Not yet"}</td>
                      <td>{when(u.createdAt)}</td>
                      <td>
                        <Show when={!u.disabled} fallback="Disabled">
                          <Show when={u.username !== staff()?.username} fallback="Active (you)">
                            Active{" "}
                            <button
                              type="button"
                              class="button button--secondary button--small"
                              aria-expanded={disabling() === u.username ? "true" : "false"}
                              onClick={() => setDisabling(disabling() === u.username ? null : u.username)}
                            >
                              Disable<span class="visually-hidden"> {u.username}</span>
                            </button>
                          </Show>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </TableRegion>
        )}
      </Show>
      <Show when={disabling()}>
        {(name) => (
          <DisableForm
            username={name()}
            onCancel={() => setDisabling(null)}
            onDone={() => {
              setDisabling(null);
              setStatus(`${name()} can no longer sign in. Their sessions have ended.`);
              void load();
            }}
          />
        )}
      </Show>
    </>
  );
}

function CreateForm(props: { onCreated: (c: { username: string; role: StaffRole; temporaryPassword: string }) => void }) {
  const [username, setUsername] = createSignal("");
  const [role, setRole] = createSignal<StaffRole>("moderator");
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let input: HTMLInputElement | undefined;
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    setError(null);
    const name = username().trim().toLowerCase();
    if (!/^[a-z0-9][a-z0-9._-]{2,31}$/.test(name)) {
      setError("A username is 3–32 lower-case letters, digits, dots, dashes or underscores.");
      input?.focus();
      return;
    }
    setBusy(true);
    const res = await staffApi.createUser(name, role());
    setBusy(false);
    if (!res.ok) {
      setError(res.error);
      input?.focus();
      return;
    }
    setUsername("");
    props.onCreated(res.data);
  };
  return (
    <form class="form staff-form" onSubmit={(e) => void submit(e)} novalidate>
      <Input
        id="new-username"
        label="Username"
        hint="3–32 lower-case letters, digits, dots, dashes or underscores. Not their full name."
        value={username()}
        onInput={setUsername}
        error={error()}
        ref={(el) => (input = el)}
      />
      <Select id="new-role" label="Role" value={role()} onChange={(v) => setRole(v as StaffRole)} options={ROLES.map((r) => ({ value: r, label: roleName[r] }))} />
      <button type="submit" class="button" aria-disabled={busy() ? "true" : undefined}>
        Create account
      </button>
    </form>
  );
}

function DisableForm(props: { username: string; onCancel: () => void; onDone: () => void }) {
  const [reason, setReason] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  let box: HTMLDivElement | undefined;
  onMount(() => requestAnimationFrame(() => box?.focus()));
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const res = await staffApi.disableUser(props.username, reason().trim() || undefined);
    if (!res.ok) return setError(res.error);
    props.onDone();
  };
  return (
    <div class="panel panel--warning" tabindex="-1" ref={box} role="group" aria-labelledby="disable-heading">
      <h2 id="disable-heading">Disable {props.username}?</h2>
      <p>They won't be able to sign in, and any session they have open ends now. This is recorded in the audit log.</p>
      <form class="form staff-form" onSubmit={(e) => void submit(e)} novalidate>
        <TextArea id="disable-reason" label="Reason (optional, for the audit log)" value={reason()} onInput={setReason} maxLength={500} />
        <div class="button-row">
          <button type="submit" class="button button--warning">
            Yes, disable {props.username}
          </button>
          <button type="button" class="button button--secondary" onClick={() => props.onCancel()}>
            Cancel
          </button>
        </div>
        <ErrorAlert message={error()} />
      </form>
    </div>
  );
}
