import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  type VirtualElement,
} from '@floating-ui/dom';
import { liveRange } from './live-range';

/**
 * Keeps `card` (a fixed-position element) beside the mention `range`: below or above the line the
 * pointer is on for a name that wraps, inside the viewport, following scroll and resize.
 * Returns a function that stops following.
 */
export function placeCard(
  range: AbstractRange,
  card: HTMLElement,
  pointer?: { x: number; y: number },
): () => void {
  const live = liveRange(range);
  const reference: VirtualElement = {
    getBoundingClientRect: () => live.getBoundingClientRect(),
    getClientRects: () => live.getClientRects(),
    contextElement:
      range.startContainer.nodeType === 1
        ? (range.startContainer as Element)
        : (range.startContainer.parentElement ?? undefined),
  };
  const update = () =>
    computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [inline(pointer), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
    });
  return autoUpdate(reference, card, update, { animationFrame: false });
}

/** Scrolls the page so a mention is in view, centred when it has to move. */
export function scrollMentionIntoView(range: AbstractRange): void {
  const element =
    range.startContainer.nodeType === 1
      ? (range.startContainer as Element)
      : range.startContainer.parentElement;
  const rect = liveRange(range).getBoundingClientRect();
  const view = element?.ownerDocument.defaultView;
  if (!element || !view) return;
  if (rect.top >= 0 && rect.bottom <= view.innerHeight) return;
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
}
