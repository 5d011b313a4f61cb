import { now } from './schedule';

/** Timers and clock, injectable so the hover logic is tested without waiting. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** The real clock. */
export const realClock: Clock = {
  now,
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};

/** Options of {@link createHoverIntent}. */
export interface HoverIntentOptions<T> {
  /** How long the pointer rests on a target before its card opens (read at each hover). */
  dwellMs: number | (() => number);
  /** How long the card stays open after the pointer leaves, so it can reach the card. */
  graceMs: number;
  /** Pointer speed (px/ms) above which the pointer is passing by, not reading. */
  passingSpeed?: number;
  open(target: T): void;
  close(): void;
  /** A dwell on `target` began (the pointer is on it): its card may open when it ends. */
  onDwellStart?(target: T): void;
  clock?: Clock;
}

/**
 * Decides when a hover card opens and closes: after a dwell, never for a pointer crossing at
 * speed, with a grace period to move into the card, and no reopening of a dismissed card until
 * the pointer has left its target.
 */
export function createHoverIntent<T>(options: HoverIntentOptions<T>) {
  const clock = options.clock ?? realClock;
  const passingSpeed = options.passingSpeed ?? 1;
  let shown: T | null = null;
  let under: T | null = null;
  let dismissed: T | null = null;
  let inCard = false;
  let dwell = 0;
  let grace = 0;
  let last: { x: number; y: number; t: number } | null = null;
  const dwellTime = () =>
    typeof options.dwellMs === 'function' ? options.dwellMs() : options.dwellMs;

  function stopDwell() {
    if (dwell) clock.clearTimeout(dwell);
    dwell = 0;
  }

  function stopGrace() {
    if (grace) clock.clearTimeout(grace);
    grace = 0;
  }

  function show(target: T) {
    stopDwell();
    stopGrace();
    shown = target;
    options.open(target);
  }

  function hide() {
    stopGrace();
    if (shown === null) return;
    shown = null;
    inCard = false;
    options.close();
  }

  function startGrace() {
    if (!grace && shown !== null) grace = clock.setTimeout(hide, options.graceMs);
  }

  return {
    /** The target whose card is open, if any. */
    get shown(): T | null {
      return shown;
    },
    /**
     * The pointer is at (x, y), over `target` (or over no target), since `at` (by default now:
     * earlier when the position waited for the card module to load, which the dwell counts).
     */
    pointerAt(target: T | null, x: number, y: number, at = clock.now()) {
      const t = at;
      const speed = last ? Math.hypot(x - last.x, y - last.y) / Math.max(t - last.t, 1) : 0;
      last = { x, y, t };
      // Over the card, text underneath does not count.
      if (inCard) return;
      if (target !== under) {
        under = target;
        stopDwell();
        if (target !== dismissed) dismissed = null;
      }
      if (shown !== null) {
        if (target === shown) stopGrace();
        else if (!inCard) startGrace();
      }
      if (target === null || target === shown || target === dismissed) return;
      // A fast pointer restarts the wait: the card opens only once the pointer settles.
      if (dwell && speed > passingSpeed) stopDwell();
      // The card module starts loading with the dwell: a pointer that stops on a name sends no
      // event once at rest, so waiting for a slow one could leave the loading to the dwell's end.
      if (!dwell) {
        const left = Math.max(0, dwellTime() - (clock.now() - t));
        dwell = clock.setTimeout(() => under === target && show(target), left);
        options.onDwellStart?.(target);
      }
    },
    enterCard() {
      inCard = true;
      stopGrace();
    },
    leaveCard() {
      inCard = false;
      if (under !== shown) startGrace();
    },
    /** Escape, a click outside, a text selection: close now, and stay closed while still over it. */
    dismiss() {
      dismissed = under ?? shown;
      stopDwell();
      hide();
    },
    /** Opens at once (keyboard command, tap). */
    openNow(target: T) {
      dismissed = null;
      show(target);
    },
    /** Stops every timer. */
    stop() {
      stopDwell();
      stopGrace();
    },
  };
}

/** The object {@link createHoverIntent} returns. */
export type HoverIntent<T> = ReturnType<typeof createHoverIntent<T>>;
