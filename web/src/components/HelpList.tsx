import { For, Match, Show, Switch } from "solid-js";
import type { Space } from "../lib/api";

// UK services from SAFEGUARDING.md section 5. Phone numbers are tel: links.
interface Service {
  name: string;
  forWho: string;
  how: { label: string; href?: string }[];
  hours: string;
  spaces: Space[];
}

export const SERVICES: Service[] = [
  {
    name: "Emergency services",
    forWho: "If you or someone else is in danger right now",
    how: [{ label: "Call 999", href: "tel:999" }],
    hours: "Open 24 hours a day, every day",
    spaces: ["young-people", "parents"],
  },
  {
    name: "Childline",
    forWho: "Young people, about anything. Free and confidential",
    how: [
      { label: "Call 0800 1111", href: "tel:08001111" },
      { label: "1-2-1 chat at childline.org.uk", href: "https://www.childline.org.uk/" },
    ],
    hours: "Open 24 hours a day, every day",
    spaces: ["young-people"],
  },
  {
    name: "Shout",
    forWho: "Young people who need to talk by text in a crisis",
    how: [{ label: "Text SHOUT to 85258", href: "sms:85258?body=SHOUT" }],
    hours: "Open 24 hours a day, every day",
    spaces: ["young-people"],
  },
  {
    name: "Papyrus HOPELINE247",
    forWho: "Anyone under 35 having thoughts of suicide",
    how: [
      { label: "Call 0800 068 4141", href: "tel:08000684141" },
      { label: "Text 88247", href: "sms:88247" },
    ],
    hours: "Open 24 hours a day, every day",
    spaces: ["young-people", "parents"],
  },
  {
    name: "Samaritans",
    forWho: "Anyone who is struggling or in emotional crisis",
    how: [{ label: "Call 116 123", href: "tel:116123" }],
    hours: "Open 24 hours a day, every day. Free to call",
    spaces: ["young-people", "parents"],
  },
  {
    name: "CEOP (National Crime Agency)",
    forWho: "Reporting grooming or online sexual abuse",
    how: [{ label: "Report at ceop.police.uk", href: "https://www.ceop.police.uk/" }],
    hours: "You can make a report online at any time",
    spaces: ["young-people", "parents"],
  },
  {
    name: "Report Remove (Childline and the Internet Watch Foundation)",
    forWho: "If a nude image of someone under 18 is online. You won't be in trouble",
    how: [
      {
        label: "Report at childline.org.uk/report-remove",
        href: "https://www.childline.org.uk/report-remove/",
      },
    ],
    hours: "You can make a report online at any time",
    spaces: ["young-people", "parents"],
  },
  {
    name: "NSPCC helpline",
    forWho: "Parents and carers worried about a child",
    how: [{ label: "Call 0808 800 5000", href: "tel:08088005000" }],
    hours: "Check opening times at nspcc.org.uk",
    spaces: ["parents"],
  },
  {
    name: "Stop It Now",
    forWho: "Parents worried about someone's behaviour, including a child's. Confidential",
    how: [{ label: "Call 0808 1000 900", href: "tel:08081000900" }],
    hours: "Check opening times at stopitnow.org.uk",
    spaces: ["parents"],
  },
  {
    name: "YoungMinds parents helpline",
    forWho: "Parents worried about a child's mental health",
    how: [{ label: "Call 0808 802 5544", href: "tel:08088025544" }],
    hours: "Check opening times at youngminds.org.uk",
    spaces: ["parents"],
  },
  {
    name: "Police (not an emergency)",
    forWho: "Telling the police about something that isn't happening right now",
    how: [{ label: "Call 101", href: "tel:101" }],
    hours: "Open 24 hours a day, every day",
    spaces: ["young-people", "parents"],
  },
];

/** List of services. With `space`, only the ones for that space; `headingLevel` keeps headings in order. */
export default function HelpList(props: { space?: Space | undefined; headingLevel?: 2 | 3 | "none" }) {
  const services = () =>
    props.space ? SERVICES.filter((s) => s.spaces.includes(props.space as Space)) : SERVICES;
  return (
    <ul class="help-list">
      <For each={services()}>
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
            <p class="help-list__for">{s.forWho}.</p>
            <ul class="help-list__how">
              <For each={s.how}>
                {(h) => (
                  <li>
                    <Show when={h.href} fallback={h.label}>
                      {(href) => (
                        <a href={href()} rel="noreferrer" class="help-list__link">
                          {h.label}
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
