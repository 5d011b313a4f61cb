import type { PageMention } from '../../lib/page/page-highlighter';
import type { CardController } from './card';

/**
 * The card controller, made the first time a card may open: most pages never show one, and
 * making it (the hover intent, the document listeners, its code compiled) is then wasted.
 * `make` gets the hover delay as it is at that moment.
 */
export function lazyCardController(
  make: (dwellMs: number) => CardController,
  dwellMs: number,
): CardController {
  let card: CardController | null = null;
  let dwell = dwellMs;
  const get = () => {
    card ??= make(dwell);
    return card;
  };
  return {
    pointerAt(mention: PageMention | null, x: number, y: number) {
      // Off every name with no card made: there is nothing to open or close.
      if (mention || card) get().pointerAt(mention, x, y);
    },
    openNow: (mention, point) => get().openNow(mention, point),
    warmUp: (entityId) => get().warmUp(entityId),
    setDwell(ms) {
      dwell = ms;
      card?.setDwell(ms);
    },
    close: () => card?.close(),
    openWithFocus: (mention) => get().openWithFocus(mention),
  };
}
