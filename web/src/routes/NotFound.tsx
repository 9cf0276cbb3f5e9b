import PageHeading from "../components/PageHeading";
import Link from "../components/Link";
import { usePageTitle } from "../lib/nav";

export default function NotFound() {
  usePageTitle(() => "Page not found");
  return (
    <>
      <PageHeading>We can't find that page</PageHeading>
      <p>
        The link may be old or typed wrongly. <Link href="/">Go to the Harbour home page</Link>.
      </p>
    </>
  );
}
