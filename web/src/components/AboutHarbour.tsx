import PrivacyPoints from "./PrivacyPoints";
import { me } from "../lib/session";
import Link from "./Link";

/** What Harbour is, in plain words. Shown on the landing page and on /about. */
export default function AboutHarbour() {
  return (
    <>
      <section aria-labelledby="about-who">
        <h2 id="about-who">Who it's for</h2>
        <p>
          Harbour has two separate spaces. One is for young people aged 13 to 17. The other is for
          parents and carers. Each space can only read its own posts.
        </p>
      </section>

      <section aria-labelledby="about-anon">
        <h2 id="about-anon">You stay anonymous</h2>
        <ul>
          <li>We never ask for your email, phone number or real name.</li>
          <li>We make up a name for you, and that's the name other people see.</li>
          <li>
            You get a recovery code. It's the only way back to your name on another device, so keep
            it somewhere private.
          </li>
          <li>
            Please leave out names, schools, phone numbers and social media accounts when you post.
            We hold back posts that have them, to keep everyone safe.
          </li>
        </ul>
      </section>

      <section aria-labelledby="about-after">
        <h2 id="about-after">What happens after you post</h2>
        <ul>
          <li>Every post is checked before other people can see it.</li>
          <li>Most posts go up straight away.</li>
          <li>Some wait for a moderator to read them first. This usually takes less than a day.</li>
          <li>
            If a post makes us worried about someone's safety, it goes to our trained safeguarding
            team. They will message you here on Harbour. You are not in trouble.
          </li>
          <li>
            You can always see what happened to your post, and why, on your <strong>My posts</strong>{" "}
            page.
          </li>
        </ul>
        <p>
          <Link href="/what-happens">What happens after I post</Link>: every step, in more detail.
        </p>
      </section>

      <section aria-labelledby="about-keep">
        <h2 id="about-keep">What we keep, and for how long</h2>
        <PrivacyPoints space={me()?.space ?? "young-people"} only={["What we keep, and for how long", "Your choices"]} bare />
        <p>
          <Link href="/privacy">Your privacy</Link>: everything we know about you, in full.
        </p>
      </section>

      <section aria-labelledby="about-device">
        <h2 id="about-device">Staying private on this device</h2>
        <ul>
          <li>
            The <strong>Exit this page</strong> button at the top takes you straight to the BBC weather
            page. On a keyboard you can also press the Shift key 3 times.
          </li>
          <li>
            Harbour doesn't add its pages to your browser's Back button, so pressing Back takes you out
            of Harbour.
          </li>
          <li>
            Your browser may still remember that you visited. If you're worried someone will look, use
            a private or incognito window. <Link href="/covering-tracks">Staying private on a shared device</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
