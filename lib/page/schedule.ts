/** Gives the page's own tasks a turn before the next slice of our work. */
export type YieldToPage = () => Promise<void>;

/** Longest stretch of our work between two yields; well under the 50 ms long-task threshold. */
export const SLICE_MS = 8;

/** The time, in ms, that slices are measured by (one name for it: every page compiles this code). */
export const now = (): number => performance.now();

/** Yields with `scheduler.yield()` where it exists, else a fresh macrotask via MessageChannel. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Calls `callback` once after the current burst of events: on the next animation frame, or after
 * `fallbackMs` when frames are not running (a background tab).
 */
export function afterFrame(callback: () => void, fallbackMs = 100): () => void {
  // Whichever comes first cancels the other; the returned function cancels both.
  const cancel = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  const run = () => {
    cancel();
    callback();
  };
  const frame = requestAnimationFrame(run);
  const timer = setTimeout(run, fallbackMs);
  return cancel;
}
