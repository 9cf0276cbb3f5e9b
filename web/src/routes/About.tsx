import PageHeading from "../components/PageHeading";
import AboutHarbour from "../components/AboutHarbour";
import { usePageTitle } from "../lib/nav";

export default function About() {
  usePageTitle(() => "How Harbour works");
  return (
    <>
      <PageHeading>How Harbour works</PageHeading>
      <AboutHarbour />
    </>
  );
}
