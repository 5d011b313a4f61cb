/** Where the card goes beside a name: geometry only, in viewport pixels (no DOM). */

/** A rectangle in viewport pixels, as `getClientRects()` gives them. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardPlacementInput {
  /** The name's line boxes (more than one when it wraps). */
  lines: readonly Box[];
  /** Where the pointer is, to pick the line it is on; none for a card opened from the keyboard. */
  pointer?: { x: number; y: number };
  card: { width: number; height: number };
  viewport: { width: number; height: number };
}

export interface CardPlacement {
  x: number;
  y: number;
  side: 'below' | 'above';
}

/** Space between the name and the card. */
export const CARD_GAP = 6;
/** Space the card keeps from the viewport's edges. */
export const VIEWPORT_PADDING = 8;

/** The line the pointer is on, else the one nearest it, else the first. */
export function lineAt(lines: readonly Box[], pointer?: { x: number; y: number }): Box | undefined {
  if (!pointer) return lines[0];
  let best: Box | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    const dx = Math.max(line.left - pointer.x, 0, pointer.x - line.right);
    const dy = Math.max(line.top - pointer.y, 0, pointer.y - line.bottom);
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      best = line;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Puts the card under the line, its left edge on the line's, or above the line when it does not
 * fit below but does above. Slid sideways to stay inside the viewport; when it fits on neither
 * side, the side with more room, held inside the viewport as far as it goes.
 */
export function placeCardBeside(input: CardPlacementInput): CardPlacement {
  const { card, viewport } = input;
  const line = lineAt(input.lines, input.pointer) ?? { left: 0, top: 0, right: 0, bottom: 0 };
  const maxX = viewport.width - VIEWPORT_PADDING - card.width;
  const x = Math.max(VIEWPORT_PADDING, Math.min(line.left, maxX));
  const below = line.bottom + CARD_GAP;
  const above = line.top - CARD_GAP - card.height;
  const bottomLimit = viewport.height - VIEWPORT_PADDING;
  if (below + card.height <= bottomLimit) return { x, y: below, side: 'below' };
  if (above >= VIEWPORT_PADDING) return { x, y: above, side: 'above' };
  const roomBelow = bottomLimit - below;
  const roomAbove = line.top - CARD_GAP - VIEWPORT_PADDING;
  const maxY = bottomLimit - card.height;
  return roomBelow >= roomAbove
    ? { x, y: Math.max(VIEWPORT_PADDING, Math.min(below, maxY)), side: 'below' }
    : { x, y: Math.max(VIEWPORT_PADDING, Math.min(above, maxY)), side: 'above' };
}
