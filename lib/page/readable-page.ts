// What the content script asks before anything else: whether this page is one to read at all.
// Kept apart from the page layer, which the content script imports only once the answer is yes.

/**
 * Whether the browser can draw highlights without touching the DOM and tell which is under the
 * pointer (`highlightsFromPoint`: Chrome 140, Firefox 150, as the manifest asks).
 */
export const supportsHighlights = (): boolean =>
  // A registry with it has \`Highlight\` too.
  !!(CSS.highlights as { highlightsFromPoint?: unknown } | undefined)?.highlightsFromPoint;

/**
 * Resolves at once in the top frame and in a frame someone can read; a frame without text or too
 * small to read (an ad's, a tracker's) gets nothing of ours, not even a storage read, until its DOM
 * changes or it is resized so that it is readable. The text is looked at first: `innerWidth` read
 * in a frame lays out the parent page when its layout is stale (while the page loads).
 */
export function readable(): Promise<void> {
  return new Promise<void>((go) => {
    const bare = () =>
      (top !== self &&
        (!document.body?.textContent.trim() || innerWidth < 16 || innerHeight < 8)) ||
      // Readable now: stop watching, and go on.
      go(stop());
    const watch = new MutationObserver(bare);
    const stop = () => {
      watch.disconnect();
      removeEventListener('resize', bare);
    };
    if (bare()) {
      watch.observe(document, { childList: true, subtree: true });
      addEventListener('resize', bare);
    }
  });
}
