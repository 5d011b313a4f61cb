import { type Box, placeCardBeside } from './card-position';
import { elementOf, liveRange } from './live-range';

/** The name's boxes now (its whole box when the page laid it out as none). */
function lineBoxes(live: Range): Box[] {
  const lines = [...live.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  return lines.length ? lines : [live.getBoundingClientRect()];
}

/**
 * Keeps `card` (a fixed-position element) beside the mention `range`: below or above the line the
 * pointer is on for a name that wraps, inside the viewport, following scroll, resize and the
 * card's own size (its content comes in after it opens). Returns a function that stops following.
 */
export function placeCard(
  range: AbstractRange,
  card: HTMLElement,
  pointer?: { x: number; y: number },
): () => void {
  const live = liveRange(range);
  const win = card.ownerDocument.defaultView ?? window;
  let frame = 0;
  const update = () => {
    frame = 0;
    const size = card.getBoundingClientRect();
    // The visual viewport: the part of the page on screen (pinch zoom moves and shrinks it),
    // without the scrollbars, and not scaled by a page's CSS zoom.
    const view = win.visualViewport;
    const { x, y } = placeCardBeside({
      lines: lineBoxes(live),
      pointer,
      card: { width: size.width, height: size.height },
      viewport: {
        left: view?.offsetLeft ?? 0,
        top: view?.offsetTop ?? 0,
        width: view?.width ?? win.innerWidth,
        height: view?.height ?? win.innerHeight,
      },
    });
    card.style.left = `${Math.round(x)}px`;
    card.style.top = `${Math.round(y)}px`;
  };
  // Once per frame however many scroll or resize events come.
  const schedule = () => {
    frame ||= win.requestAnimationFrame(update);
  };
  update();
  const listening = new AbortController();
  const options = { capture: true, passive: true, signal: listening.signal };
  // Pinch zoom and panning move the visual viewport without a window event; captured at the
  // window, the scrolls of any element on the way to the name, not just the page's.
  for (const target of [win, win.visualViewport]) {
    target?.addEventListener('scroll', schedule, options);
    target?.addEventListener('resize', schedule, options);
  }
  // The card's content comes in after it opens; the name's element reflows, and the page grows
  // or shrinks around it (an image loading above the name moves it without a scroll).
  const resized = new win.ResizeObserver(schedule);
  resized.observe(card);
  const around = elementOf(range);
  if (around) resized.observe(around);
  resized.observe(card.ownerDocument.documentElement);
  return () => {
    if (frame) win.cancelAnimationFrame(frame);
    listening.abort();
    resized.disconnect();
  };
}
