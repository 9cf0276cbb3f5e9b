// Quick exit, after the GOV.UK Design System "Exit this page" pattern.
// Leaves at once for a neutral site with location.replace (so Back does not return here),
// blanking the page first so nothing of Harbour shows while the next site loads.

export const EXIT_URL = "https://www.bbc.co.uk/weather";
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;

export function exitNow(): void {
  try {
    document.title = "Loading";
    document.body.replaceChildren();
    document.body.className = "exiting";
  } catch {
    // Leaving matters more than blanking.
  }
  window.location.replace(EXIT_URL);
}

/**
 * Counts Shift presses made on their own (not Shift+letter while typing capitals).
 * Calls onProgress(count) after each counted press and onExpire() when the window runs out.
 */
export function watchShift(opts: {
  onProgress: (count: number) => void;
  onExpire: () => void;
  onExit: () => void;
}): () => void {
  let count = 0;
  let shiftUsedWithOtherKey = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const reset = (expired: boolean) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const hadCount = count > 0;
    count = 0;
    if (expired && hadCount) opts.onExpire();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Shift") return;
    if (e.shiftKey) shiftUsedWithOtherKey = true;
    if (count > 0) reset(false);
    opts.onProgress(0);
  };

  const onKeyUp = (e: KeyboardEvent) => {
    if (e.key !== "Shift") return;
    if (shiftUsedWithOtherKey) {
      shiftUsedWithOtherKey = false;
      return;
    }
    count += 1;
    if (count >= SHIFT_PRESSES) {
      reset(false);
      opts.onExit();
      return;
    }
    opts.onProgress(count);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => reset(true), SHIFT_WINDOW_MS);
  };

  document.addEventListener("keydown", onKeyDown, true);
  document.addEventListener("keyup", onKeyUp, true);
  return () => {
    reset(false);
    document.removeEventListener("keydown", onKeyDown, true);
    document.removeEventListener("keyup", onKeyUp, true);
  };
}
