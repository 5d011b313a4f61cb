/** The dynamic-page measurement, run inside the page (see page-harness.ts). */
import { startPageHighlighter } from '../../lib/page/page-highlighter';
import { yieldToPage } from '../../lib/page/schedule';
import { compileMatcher } from '../../lib/text/compile-matcher';
import { appendParagraphs, frame, now } from './in-page';
import { PEOPLE_ONLY, rulesFor } from './matchers';
import { expectedPeople } from './synthetic';
import type { DynamicResult } from './types';

/**
 * Appends paragraphs batch by batch, one batch per frame, while the highlighter watches. Our
 * script time is every callback the highlighter registered (observer, frame, timeout), timed by
 * patching those globals, plus every slice after a yield.
 */
export async function dynamic(batches: number, perBatch: number): Promise<DynamicResult> {
  const original = {
    observer: window.MutationObserver,
    raf: window.requestAnimationFrame,
    timeout: window.setTimeout,
  };
  let depth = 0;
  let total = 0;
  let longest = 0;
  const count = (ms: number) => {
    total += ms;
    longest = Math.max(longest, ms);
  };
  let open = false;
  let sliceStart = 0;
  const close = () => {
    if (open && depth === 0) count(now() - sliceStart);
    open = false;
  };
  function timed<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    return (...args) => {
      const start = now();
      depth++;
      try {
        return fn(...args);
      } finally {
        depth--;
        if (depth === 0) {
          // The task goes on with the microtasks the callback queued (the highlighter's drain
          // starts in one): it ends at the next yield, at onChange, or at this closing microtask.
          sliceStart = start;
          open = true;
          queueMicrotask(close);
        }
      }
    };
  }
  window.MutationObserver = class extends original.observer {
    constructor(callback: MutationCallback) {
      super(timed(callback));
    }
  };
  window.requestAnimationFrame = (cb) => original.raf.call(window, depth > 0 ? timed(cb) : cb);
  type Timeout = (handler: TimerHandler, ms?: number, ...rest: unknown[]) => number;
  const realTimeout = original.timeout as unknown as Timeout;
  const patchedTimeout: Timeout = (handler, ms, ...rest) =>
    realTimeout.call(
      window,
      depth > 0 && typeof handler === 'function' ? timed(handler as () => void) : handler,
      ms,
      ...rest,
    );
  window.setTimeout = patchedTimeout as unknown as typeof window.setTimeout;
  const pause = async () => {
    close();
    await yieldToPage();
    sliceStart = now();
    open = true;
  };
  const controller = new AbortController();
  const highlighter = startPageHighlighter({
    matcher: compileMatcher(rulesFor('real')),
    visibleKinds: PEOPLE_ONLY,
    signal: controller.signal,
    yieldToPage: pause,
    onChange: close,
  });
  await highlighter.settled();
  total = 0;
  longest = 0;
  const start = now();
  for (let b = 0; b < batches; b++) {
    await frame();
    appendParagraphs(perBatch, b * perBatch);
  }
  for (let i = 0; i < 3; i++) {
    await frame();
    await frame();
    await highlighter.settled();
  }
  const wallMs = now() - start;
  Object.assign(window, {
    MutationObserver: original.observer,
    requestAnimationFrame: original.raf,
    setTimeout: original.timeout,
  });
  const mentions = highlighter.mentions();
  controller.abort();
  return {
    scriptMs: total,
    wallMs,
    batches,
    paragraphs: batches * perBatch,
    longestTaskMs: longest,
    mentions: mentions.length,
    expectedPeople: expectedPeople(batches * perBatch),
    people: mentions.filter((m) => m.kind === 'person').length,
  };
}
