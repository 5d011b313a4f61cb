import { autoUpdate } from '@floating-ui/dom';
import { type Box, placeCardBeside } from './card-position';
import { elementOf, liveRange } from './live-range';

/** The name's boxes now (its whole box when the page laid it out as none). */
function lineBoxes(live: Range): Box[] {
  const lines = [...live.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  return lines.length ? lines : [live.getBoundingClientRect()];
}

/**
 * Keeps `card` (a fixed-position element) beside the mention `range`: below or above the line the
 * pointer is on for a name that wraps, inside the viewport. It follows the name wherever it goes:
 * scrolling (of the page or of any element around the name), resizing, the card's and the name's
 * sizes (the card's content comes in after it opens), and the name moved by layout (content
 * coming in above it, a transform, a script moving its element): floating-ui's `autoUpdate`,
 * which watches the name's element for that with an IntersectionObserver. Pinch zoom moves the
 * visual viewport, which it does not watch. Returns a function that stops following.
 */
export function placeCard(
  range: AbstractRange,
  card: HTMLElement,
  pointer?: { x: number; y: number },
): () => void {
  const live = liveRange(range);
  const win = card.ownerDocument.defaultView ?? window;
  const update = () => {
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
  const name = {
    getBoundingClientRect: () => live.getBoundingClientRect(),
    getClientRects: () => live.getClientRects(),
    contextElement: elementOf(range) ?? undefined,
  };
  const stopFollowing = autoUpdate(name, card, update);
  const listening = new AbortController();
  const options = { passive: true, signal: listening.signal };
  win.visualViewport?.addEventListener('scroll', update, options);
  win.visualViewport?.addEventListener('resize', update, options);
  return () => {
    stopFollowing();
    listening.abort();
  };
}
