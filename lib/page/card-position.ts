/** Where the card goes beside a name: geometry only, in viewport pixels (no DOM). */

/** A rectangle in viewport pixels, as `getClientRects()` gives them. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardPlacementInput {
  /** The name's boxes, as `getClientRects()` gives them (more than one line when it wraps). */
  lines: readonly Box[];
  /** Where the pointer is, to pick the line it is on; none for a card opened from the keyboard. */
  pointer?: { x: number; y: number };
  card: { width: number; height: number };
  /** The visible part of the layout viewport (pinch zoom may move it off 0, 0). */
  viewport: { left?: number; top?: number; width: number; height: number };
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

/**
 * The name's boxes joined per line: a name split across elements (`Vladimir <em>Putin</em>`)
 * has several boxes on one line. Boxes whose vertical spans overlap by half are one line.
 */
export function joinLines(boxes: readonly Box[]): Box[] {
  const lines: Box[] = [];
  for (const box of [...boxes].sort((a, b) => a.top - b.top || a.left - b.left)) {
    const line = lines.find((l) => {
      const overlap = Math.min(l.bottom, box.bottom) - Math.max(l.top, box.top);
      return overlap >= Math.min(l.bottom - l.top, box.bottom - box.top) / 2;
    });
    if (!line) {
      // Copied field by field: a DOMRect's fields are getters, which a spread does not copy.
      lines.push({ left: box.left, top: box.top, right: box.right, bottom: box.bottom });
      continue;
    }
    line.left = Math.min(line.left, box.left);
    line.right = Math.max(line.right, box.right);
    line.top = Math.min(line.top, box.top);
    line.bottom = Math.max(line.bottom, box.bottom);
  }
  return lines;
}

/** The line the pointer is on, else the one nearest it. */
export function lineAt(lines: readonly Box[], pointer: { x: number; y: number }): Box | undefined {
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

const NOWHERE: Box = { left: 0, top: 0, right: 0, bottom: 0 };

/**
 * Puts the card under the name, its left edge on the line's, or above the name when it does not
 * fit below but does above. With a pointer, beside the line it is on; without one (the keyboard),
 * under the name's last line or over its first, so no part of the name is covered. Slid sideways
 * to stay inside the viewport; when it fits on neither side, the side with more room, held inside
 * the viewport as far as it goes.
 */
export function placeCardBeside(input: CardPlacementInput): CardPlacement {
  const { card, viewport } = input;
  const lines = joinLines(input.lines);
  const pointed = input.pointer && lineAt(lines, input.pointer);
  const under = pointed ?? lines[lines.length - 1] ?? NOWHERE;
  const over = pointed ?? lines[0] ?? NOWHERE;
  const left = (viewport.left ?? 0) + VIEWPORT_PADDING;
  const top = (viewport.top ?? 0) + VIEWPORT_PADDING;
  const right = (viewport.left ?? 0) + viewport.width - VIEWPORT_PADDING;
  const bottom = (viewport.top ?? 0) + viewport.height - VIEWPORT_PADDING;
  const slide = (x: number) => Math.max(left, Math.min(x, right - card.width));
  const below = under.bottom + CARD_GAP;
  const above = over.top - CARD_GAP - card.height;
  if (below + card.height <= bottom) return { x: slide(under.left), y: below, side: 'below' };
  if (above >= top) return { x: slide(over.left), y: above, side: 'above' };
  const hold = (y: number) => Math.max(top, Math.min(y, bottom - card.height));
  return bottom - below >= over.top - CARD_GAP - top
    ? { x: slide(under.left), y: hold(below), side: 'below' }
    : { x: slide(over.left), y: hold(above), side: 'above' };
}
