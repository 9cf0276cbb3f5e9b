/** First thing on the page for keyboard users. A plain in-page link (not a route). */
export default function SkipLink() {
  const onClick = (e: MouseEvent) => {
    e.preventDefault();
    const main = document.getElementById("main");
    if (main) {
      main.focus();
      main.scrollIntoView();
    }
  };
  return (
    <a class="skip-link" href="#main" onClick={onClick}>
      Skip to main content
    </a>
  );
}
