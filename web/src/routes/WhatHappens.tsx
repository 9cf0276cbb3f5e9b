import PrivacyPoints from "../components/PrivacyPoints";
import { createResource, createSignal, For, Show, type JSX } from "solid-js";
import { api } from "../lib/api";
import { useSearchParams } from "@solidjs/router";
import PageHeading from "../components/PageHeading";
import StatusBadge from "../components/StatusBadge";
import Link from "../components/Link";
import type { PostStatus, Space } from "../lib/api";
import { me } from "../lib/session";
import { spaceName } from "../lib/words";
import { usePageTitle } from "../lib/nav";

/**
 * "What happens after I post": the graded response (SAFEGUARDING.md section 3) in plain words,
 * for the person's own space, or for both spaces (as tabs) before they have chosen one.
 * Each step's heading has an id (`<space>-<status>`) that status explanations link to.
 */
export default function WhatHappens() {
  usePageTitle(() => "What happens after I post");
  const [params] = useSearchParams<{ for?: string }>();

  return (
    <>
      <PageHeading>What happens after I post</PageHeading>
      <Show when={!me.loading} fallback={<p role="status">Loading…</p>}>
        <Show when={me()} fallback={<BothSpaces start={params.for === "parents" ? "parents" : "young-people"} />}>
          {(who) => (
            <>
              <p class="lead">
                For {spaceName[who().space]}, the space you're in. Every post is checked before other
                people can see it. Here is everything that can happen next, and why.
              </p>
              <Explained space={who().space} />
            </>
          )}
        </Show>
      </Show>
    </>
  );
}

const SPACES: readonly Space[] = ["young-people", "parents"];

/** Both versions as tabs (WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs). */
function BothSpaces(props: { start: Space }) {
  // Chosen once from the link that brought the person here; from then on, the tabs decide.
  const [shown, setShown] = createSignal<Space>(props.start);
  const tabs: Partial<Record<Space, HTMLButtonElement>> = {};

  const onKeyDown = (e: KeyboardEvent) => {
    const i = SPACES.indexOf(shown());
    let next: number | null = null;
    if (e.key === "ArrowRight") next = (i + 1) % SPACES.length;
    else if (e.key === "ArrowLeft") next = (i - 1 + SPACES.length) % SPACES.length;
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = SPACES.length - 1;
    if (next === null) return;
    e.preventDefault();
    const space = SPACES[next] ?? "young-people";
    setShown(space);
    tabs[space]?.focus();
  };

  return (
    <>
      <p class="lead">
        Every post is checked before other people can see it. Here is everything that can happen next,
        and why. Choose who you are:
      </p>
      <div role="tablist" aria-label="Who is this for?" class="tabs" onKeyDown={onKeyDown}>
        <For each={SPACES}>
          {(space) => (
            <button
              type="button"
              role="tab"
              id={`tab-${space}`}
              class="tabs__tab"
              aria-selected={shown() === space ? "true" : "false"}
              aria-controls={`panel-${space}`}
              tabindex={shown() === space ? 0 : -1}
              ref={(el) => (tabs[space] = el)}
              onClick={() => setShown(space)}
            >
              {space === "parents" ? "I'm a parent or carer" : "I'm 13–17"}
            </button>
          )}
        </For>
      </div>
      <For each={SPACES}>
        {(space) => (
          <div
            role="tabpanel"
            id={`panel-${space}`}
            aria-labelledby={`tab-${space}`}
            class="tabs__panel"
            tabindex="0"
            hidden={shown() !== space}
          >
            <Explained space={space} />
          </div>
        )}
      </For>
    </>
  );
}

interface Step {
  id: string;
  status: PostStatus;
  title: string;
  body: () => JSX.Element;
}

function steps(space: Space, staffedHours: () => string): Step[] {
  const parents = space === "parents";
  return [
    {
      id: "published",
      status: "published",
      title: "It goes up straight away",
      body: () => (
        <p>
          Most posts are fine, so they go up at once. Everyone in your space can read them and reply.
        </p>
      ),
    },
    {
      id: "published-masked",
      status: "published",
      title: "It goes up with swear words hidden",
      body: () => (
        <p>
          If a post has swear words in it, it still goes up straight away, with those words hidden by
          stars (like ****). You still see your own words as you wrote them. That's all: nobody is told
          off for swearing.
        </p>
      ),
    },
    {
      id: "waiting_for_moderator",
      status: "waiting_for_moderator",
      title: "It waits for a moderator",
      body: () => (
        <>
          <p>
            Some posts wait for a moderator (a person on our team) to read them first. This is usually
            within a day. While it waits, only you can see it. The moderator then puts it up, or tells
            you why not. We hold a post back when:
          </p>
          <ul>
            <li>
              it has personal details in it, like a phone number, an address, a school
              {parents ? ", a child's name" : ""} or a social media name. We keep everyone's details
              private;
            </li>
            <li>
              it asks someone to talk somewhere else, like "add me on snap". To keep everyone safe,
              chats stay on Harbour;
            </li>
            <li>it has something in it that might hurt or upset someone.</li>
          </ul>
        </>
      ),
    },
    {
      id: "with_safeguarding_team",
      status: "with_safeguarding_team",
      title: "It goes to our safeguarding team",
      body: () => (
        <>
          <p>
            {parents
              ? "If what you write sounds like a child, or you, might be at risk (for example, someone asking a child for pictures, an adult building a secret friendship with a child, or a child hurting themselves), the post goes to our safeguarding team instead of going up."
              : "If what you write sounds like you, or someone else, might be at risk (for example, hurting yourself, someone asking you for pictures, or someone you met online wanting to meet you), the post goes to our safeguarding team instead of going up."}
          </p>
          <ul>
            <li>
              <strong>A trained member of our team is told, and will message you here on Harbour,
              privately.</strong>{" "}
              Their message shows on your My posts page. Only you and our team can see it.
            </li>
            <li>
              <strong>Help is shown straight away</strong>, on the same screen, even before you send
              your post. You don't have to wait for us to talk to someone.
            </li>
            <Show when={parents}>
              <li>
                They will talk it through with you. They only act without asking you if a child may be
                in immediate danger.
              </li>
            </Show>
          </ul>
          <div class="panel panel--warning">
            <p>
              <strong>At night, nobody may read it until the morning.</strong> Our team is here{" "}
              {staffedHours()}. Outside those hours, nobody may read your post until the next morning.
            </p>
            <p>
              If you or someone else is in danger, call <a href="tel:999">999</a>.{" "}
              {parents ? "Young people can talk to Childline" : "You can talk to Childline"} any time,
              free, on <a href="tel:08001111">0800 1111</a>.
              <Show when={parents}>
                {" "}
                For yourself, Samaritans are there any time on <a href="tel:116123">116 123</a>.
              </Show>
            </p>
          </div>
        </>
      ),
    },
    {
      id: "not_published",
      status: "not_published",
      title: "It isn't published",
      body: () => (
        <p>
          Sometimes a moderator decides a post can't go up. We always tell you why, kindly, and what you
          can do next, like writing it again in a different way, or talking to someone on the{" "}
          <Link href="/help">Get help</Link> page.
        </p>
      ),
    },
    {
      id: "removed",
      status: "removed",
      title: "It's taken down later",
      body: () => (
        <p>
          Now and then a post that was up is taken down later, for example after other people report it
          and a moderator looks again. We tell you why. After that, only you can see it.
        </p>
      ),
    },
  ];
}

/** One space's version of the explanation. */
function Explained(props: { space: Space }) {
  const space = props.space;
  // From the server's settings; the default shows while it loads or if it can't be fetched.
  const [hours] = createResource(() => api.staffedHours());
  const staffedHours = () => {
    const r = hours();
    return r && r.ok ? `from ${r.data.inWords}` : "from 8am to 10pm (UK time), every day";
  };
  const parents = space === "parents";
  return (
    <div class="what-happens">
      <div class="panel panel--calm">
        <Show
          when={parents}
          fallback={
            <>
              <p>
                <strong>Nobody is blamed, and you're not in trouble.</strong> Whatever you write about,
                and whatever happened to you, it's not your fault. Moderators are here to keep everyone
                safe, not to tell anyone off.
              </p>
              <p>
                You can always see what happened to each of your posts, and why, on your{" "}
                <strong>My posts</strong> page.
              </p>
            </>
          }
        >
          <p>
            <strong>This space is for just talking it through, not reporting.</strong> Posting here
            doesn't report anyone to anybody. Nobody is blamed, and you're not in trouble.
          </p>
          <p>
            <strong>When do our staff act without asking you?</strong> Only when a child may be in
            immediate danger, for example a child about to meet someone they met online, or a child who
            has gone missing. Then our safeguarding team may contact the police straight away. Otherwise,
            nothing is passed on unless you choose to.
          </p>
          <p>
            You can always see what happened to each of your posts, and why, on your{" "}
            <strong>My posts</strong> page.
          </p>
        </Show>
      </div>

      <ol class="steps">
        <For each={steps(space, staffedHours)}>
          {(step) => (
            <li class="step">
              <h2 class="step__title" id={`${space}-${step.id}`} tabindex="-1">
                {step.title}
              </h2>
              <p class="step__badge">
                <span class="visually-hidden">What you'll see: </span>
                <StatusBadge status={step.status} />
              </p>
              {step.body()}
            </li>
          )}
        </For>
      </ol>

      <h2 id={`${space}-reports`}>If you report someone else's post</h2>
      <ul>
        <li>A moderator looks at it, usually within a day. If it looks like someone may be in danger, our safeguarding team looks at it straight away instead.</li>
        <li>If several people report the same post, it's hidden until a moderator decides.</li>
        <li>The person who wrote it is never told who reported it.</li>
      </ul>

      <h2 id={`${space}-kept`}>What we keep, and for how long</h2>
      <PrivacyPoints space={space} only={["What we keep, and for how long", "Your choices"]} bare />
      <p>
        <Link href={`/privacy?space=${space}`}>Your privacy, in full</Link> ·{" "}
        <Link href={`/covering-tracks?space=${space}`}>Staying private on a shared device</Link>
      </p>
      <p>
        Need someone to talk to now? <Link href="/help">Get help</Link>
      </p>
    </div>
  );
}
