import { createSignal, For, onCleanup, onMount } from "solid-js";
import { EXIT_URL, SHIFT_PRESSES, exitNow, watchShift } from "../lib/quickExit";

/**
 * "Exit this page" button, top of every page (sticky on small screens), plus the
 * Shift-three-times shortcut. It is a real link, so it still works if scripts fail.
 */
export default function QuickExit() {
  const [presses, setPresses] = createSignal(0);
  const [announcement, setAnnouncement] = createSignal("");

  onMount(() => {
    const stop = watchShift({
      onProgress: (count) => {
        setPresses(count);
        if (count === 0) return;
        const left = SHIFT_PRESSES - count;
        setAnnouncement(`Shift, press ${left} more ${left === 1 ? "time" : "times"} to exit.`);
      },
      onExpire: () => {
        setPresses(0);
        setAnnouncement("Exit this page expired.");
      },
      onExit: () => {
        setAnnouncement("Loading.");
        exitNow();
      },
    });
    onCleanup(stop);
  });

  const onClick = (e: MouseEvent) => {
    e.preventDefault();
    exitNow();
  };
  // It is a link that acts as a button, so Space must work as well as Enter.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === " " || e.key === "Spacebar") {
      e.preventDefault();
      exitNow();
    }
  };

  return (
    <section class="quick-exit" aria-label="Quick exit">
      <div class="quick-exit__inner">
        <a
          href={EXIT_URL}
          role="button"
          draggable={false}
          rel="nofollow noreferrer"
          class="quick-exit__button"
          aria-describedby="quick-exit-hint"
          onClick={onClick}
          onKeyDown={onKeyDown}
        >
          <span class="visually-hidden">Emergency </span>Exit this page
        </a>
        <p id="quick-exit-hint" class="quick-exit__hint">
          Or press Shift 3 times. Either way takes you to the BBC weather page straight away.
        </p>
        <div class="quick-exit__dots" aria-hidden="true">
          <For each={Array.from({ length: SHIFT_PRESSES }, (_, i) => i)}>
            {(i) => <span class={i < presses() ? "quick-exit__dot is-on" : "quick-exit__dot"} />}
          </For>
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        {announcement()}
      </div>
    </section>
  );
}
