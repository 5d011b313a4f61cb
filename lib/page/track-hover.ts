import type { MentionAtPoint } from './hit-test';
import type { PageHighlighter, PageMention } from './page-highlighter';

/** Where the pointer is and which mention, if any, is under it. */
export type PointerReport = (mention: PageMention | null, x: number, y: number) => void;

/**
 * Follows the pointer and marks the mention under it, hit-testing at most once per frame, and
 * reports every processed position to `onPointer`. Stops when `signal` aborts.
 */
export function trackHover(
  highlighter: PageHighlighter,
  mentionAtPoint: MentionAtPoint<PageMention>,
  signal: AbortSignal,
  onPointer: PointerReport = () => {},
  doc: Document = document,
): void {
  const win = doc.defaultView as Window;
  let hovered: PageMention | null = null;
  let point: { x: number; y: number } | null = null;
  let frame = 0;

  function update() {
    frame = 0;
    const mention = point ? mentionAtPoint(point.x, point.y) : null;
    if (mention !== hovered) {
      hovered = mention;
      highlighter.setHovered(mention);
    }
    if (point) onPointer(mention, point.x, point.y);
    else onPointer(null, -1, -1);
  }

  function schedule() {
    if (!frame) frame = win.requestAnimationFrame(update);
  }

  function onMove(event: PointerEvent) {
    point = { x: event.clientX, y: event.clientY };
    schedule();
  }

  function onLeave() {
    point = null;
    schedule();
  }

  function onScroll() {
    // Scrolling moves text under a still pointer.
    if (point) schedule();
  }

  const listen = { passive: true, signal } as const;
  doc.addEventListener('pointermove', onMove, listen);
  doc.documentElement.addEventListener('pointerleave', onLeave, listen);
  win.addEventListener('scroll', onScroll, { ...listen, capture: true });
  signal.addEventListener('abort', () => {
    if (frame) win.cancelAnimationFrame(frame);
    highlighter.setHovered(null);
  });
}
