import { For, Match, Show, Switch } from "solid-js";
// One source for UK services, hours and which help fits which worry (SAFEGUARDING.md section 5):
// the moderation module's data, shared by the server and this app.
import type { Service } from "../../../moderation/help.ts";

export type { Service };

function contactHref(c: Service["contacts"][number]): string | undefined {
  if (c.tel) return `tel:${c.tel}`;
  if (c.sms) return c.sms.body ? `sms:${c.sms.to}?body=${encodeURIComponent(c.sms.body)}` : `sms:${c.sms.to}`;
  return c.url;
}

/** A list of services, each with tap-to-call / text / web links and when it's open. */
export default function HelpList(props: { services: readonly Service[]; headingLevel?: 2 | 3 | "none" }) {
  return (
    <ul class="help-list">
      <For each={props.services}>
        {(s) => (
          <li class="help-list__item">
            <Switch fallback={<h2 class="help-list__name">{s.name}</h2>}>
              <Match when={props.headingLevel === 3}>
                <h3 class="help-list__name">{s.name}</h3>
              </Match>
              <Match when={props.headingLevel === "none"}>
                <p class="help-list__name">{s.name}</p>
              </Match>
            </Switch>
            <p class="help-list__for">{s.what}.</p>
            <ul class="help-list__how">
              <For each={s.contacts}>
                {(c) => (
                  <li>
                    <Show when={contactHref(c)} fallback={c.label}>
                      {(href) => (
                        <a href={href()} rel="noreferrer" class="help-list__link">
                          {c.label}
                        </a>
                      )}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
            <p class="help-list__hours">{s.hours}.</p>
          </li>
        )}
      </For>
    </ul>
  );
}
