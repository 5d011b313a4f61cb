import type { ShadowRootOf } from './shadow-roots';

/** When to look again at custom elements not yet defined, each after the one before (ms). */
const LOOKS_AFTER_MS = [500, 2000, 5000, 15000];

/**
 * Looks again, a few times after they were found, at custom elements that were not defined yet
 * and had no shadow root: a component defined late (a script loaded lazily, hydration after the
 * content script ran) attaches its root without a mutation anyone can observe. An element once
 * defined is looked at once more and then let go: components attach their roots as they upgrade.
 */
export function createLateRootWatch(
  undefinedHosts: Set<Element>,
  rootOf: ShadowRootOf,
  onRoot: (root: ShadowRoot) => void,
  signal: AbortSignal,
  win: Window = window,
) {
  let timer = 0;
  let step = 0;
  const look = () => {
    timer = 0;
    for (const element of undefinedHosts) {
      if (!element.isConnected) {
        undefinedHosts.delete(element);
      } else if (element.matches(':defined')) {
        undefinedHosts.delete(element);
        const root = rootOf(element);
        if (root) onRoot(root);
      }
    }
    const delay = LOOKS_AFTER_MS[step++];
    if (undefinedHosts.size && delay !== undefined && !signal.aborted) {
      timer = win.setTimeout(look, delay);
    }
  };
  signal.addEventListener('abort', () => win.clearTimeout(timer), { once: true });
  // Elements already looked at through a whole round: a page that keeps changing (a ticking
  // clock) starts no new round for them, only for elements found since.
  const lookedAt = new WeakSet<Element>();
  return {
    /** Looks again from the first delay on, if elements came since the last round started. */
    schedule() {
      if (timer || signal.aborted) return;
      const fresh = [...undefinedHosts].filter((element) => !lookedAt.has(element));
      if (fresh.length === 0) return;
      for (const element of undefinedHosts) lookedAt.add(element);
      step = 1;
      timer = win.setTimeout(look, LOOKS_AFTER_MS[0]);
    },
  };
}
