import PageHeading from "../components/PageHeading";
import HelpList from "../components/HelpList";
import { usePageTitle } from "../lib/nav";

export default function Help() {
  usePageTitle(() => "Get help");
  return (
    <>
      <PageHeading>Get help</PageHeading>
      <p class="lead">
        These UK services are free and will listen. You don't have to give your name, and you won't be
        in trouble for anything that has happened to you.
      </p>
      <p>
        <strong>If you or someone else is in danger right now, call <a href="tel:999">999</a>.</strong>
      </p>
      <HelpList headingLevel={2} />
      <h2>If someone is threatening to share pictures of you</h2>
      <ul>
        <li>You are not in trouble.</li>
        <li>Don't pay, and don't send anything more.</li>
        <li>Keep the messages. Block and report the account.</li>
        <li>Use Report Remove to get the pictures taken down.</li>
        <li>Tell an adult you trust, or talk to Childline.</li>
      </ul>
    </>
  );
}
