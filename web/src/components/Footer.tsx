import Link from "./Link";

export default function Footer() {
  return (
    <footer class="site-footer">
      <div class="site-footer__inner">
        <p>
          If you or someone else is in danger right now, call <a href="tel:999">999</a>. Young people
          can talk to Childline any time, free, on <a href="tel:08001111">0800 1111</a>.
        </p>
        <p>
          <Link href="/help">Get help</Link> · <Link href="/what-happens">What happens after I post</Link> ·{" "}
          <Link href="/about">How Harbour works</Link>
        </p>
      </div>
    </footer>
  );
}
