import { describe, expect, it } from 'vitest';
import {
  type Box,
  CARD_GAP,
  joinLines,
  lineAt,
  placeCardBeside,
  VIEWPORT_PADDING,
} from '../../lib/page/card-position';

const VIEWPORT = { width: 1280, height: 900 };
const CARD = { width: 360, height: 240 };
const box = (left: number, top: number, width: number, height = 20): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('joinLines', () => {
  it('joins the boxes of one line ("Vladimir <em>Putin</em>") and keeps lines apart', () => {
    const boxes = [box(100, 100, 70), box(174, 101, 40, 19), box(20, 120, 50)];
    expect(joinLines(boxes)).toEqual([
      { left: 100, top: 100, right: 214, bottom: 120 },
      { left: 20, top: 120, right: 70, bottom: 140 },
    ]);
  });
});

describe('joinLines with the browser’s rectangles', () => {
  it('reads a DOMRect, whose fields are getters on its prototype', () => {
    const rect = new DOMRect(4, 3, 87, 19);
    expect(joinLines([rect])).toEqual([{ left: 4, top: 3, right: 91, bottom: 22 }]);
    const placed = placeCardBeside({
      lines: [rect],
      pointer: { x: 10, y: 10 },
      card: CARD,
      viewport: VIEWPORT,
    });
    expect(placed).toEqual({ x: VIEWPORT_PADDING, y: 22 + CARD_GAP, side: 'below' });
  });
});

describe('lineAt', () => {
  // "Vladimir" at the end of one line, "Putin" at the start of the next.
  const wrapped = [box(1100, 100, 80), box(20, 120, 50)];

  it('takes the line under the pointer', () => {
    expect(lineAt(wrapped, { x: 40, y: 130 })).toBe(wrapped[1]);
    expect(lineAt(wrapped, { x: 1150, y: 110 })).toBe(wrapped[0]);
  });

  it('takes the nearest line when the pointer is between them', () => {
    expect(lineAt(wrapped, { x: 75, y: 128 })).toBe(wrapped[1]);
    expect(lineAt([], { x: 0, y: 0 })).toBeUndefined();
  });
});

describe('placeCardBeside', () => {
  it('puts the card under the name, left edges aligned, a gap between', () => {
    const line = box(200, 300, 90);
    expect(placeCardBeside({ lines: [line], card: CARD, viewport: VIEWPORT })).toEqual({
      x: 200,
      y: line.bottom + CARD_GAP,
      side: 'below',
    });
  });

  it('under the line the pointer is on, for a name that wraps', () => {
    const lines = [box(1100, 100, 80), box(20, 120, 50)];
    const placed = placeCardBeside({
      lines,
      pointer: { x: 30, y: 125 },
      card: CARD,
      viewport: VIEWPORT,
    });
    expect(placed).toEqual({ x: 20, y: 140 + CARD_GAP, side: 'below' });
  });

  it('from the keyboard (no pointer), under the last line of a wrapped name, over its first', () => {
    const lines = [box(1100, 100, 80), box(20, 120, 50)];
    expect(placeCardBeside({ lines, card: CARD, viewport: VIEWPORT })).toEqual({
      x: 20,
      y: 140 + CARD_GAP,
      side: 'below',
    });
    const low = [box(600, 780, 80), box(20, 800, 50)];
    expect(placeCardBeside({ lines: low, card: CARD, viewport: VIEWPORT })).toEqual({
      x: 600,
      y: 780 - CARD_GAP - CARD.height,
      side: 'above',
    });
  });

  it('aligns with the start of a name split across elements on one line', () => {
    const split = [box(174, 300, 40), box(100, 300, 70)];
    const placed = placeCardBeside({
      lines: split,
      pointer: { x: 190, y: 310 },
      card: CARD,
      viewport: VIEWPORT,
    });
    expect(placed.x).toBe(100);
  });

  it('stays inside the visible part of a pinch-zoomed page', () => {
    // Zoomed in 2×: 640 × 450 of the page on screen, panned to 500, 300.
    const viewport = { left: 500, top: 300, width: 640, height: 450 };
    const placed = placeCardBeside({ lines: [box(520, 320, 60)], card: CARD, viewport });
    expect(placed).toEqual({ x: 520, y: 340 + CARD_GAP, side: 'below' });
    const atRight = placeCardBeside({ lines: [box(1100, 320, 30)], card: CARD, viewport });
    expect(atRight.x).toBe(500 + 640 - VIEWPORT_PADDING - CARD.width);
    const atBottom = placeCardBeside({ lines: [box(520, 700, 60)], card: CARD, viewport });
    expect(atBottom).toEqual({ x: 520, y: 700 - CARD_GAP - CARD.height, side: 'above' });
  });

  it('flips above a name near the bottom, where it does not fit below', () => {
    const line = box(200, 800, 90);
    const placed = placeCardBeside({ lines: [line], card: CARD, viewport: VIEWPORT });
    expect(placed).toEqual({ x: 200, y: 800 - CARD_GAP - CARD.height, side: 'above' });
  });

  it('keeps exactly the padding at the bottom edge before it flips', () => {
    const fitsBelow = VIEWPORT.height - VIEWPORT_PADDING - CARD.height - CARD_GAP - 20;
    expect(
      placeCardBeside({ lines: [box(0, fitsBelow, 50)], card: CARD, viewport: VIEWPORT }).side,
    ).toBe('below');
    expect(
      placeCardBeside({ lines: [box(0, fitsBelow + 1, 50)], card: CARD, viewport: VIEWPORT }).side,
    ).toBe('above');
  });

  it('slides left at the right edge and right at the left edge, never past the padding', () => {
    const right = placeCardBeside({ lines: [box(1250, 300, 25)], card: CARD, viewport: VIEWPORT });
    expect(right.x).toBe(VIEWPORT.width - VIEWPORT_PADDING - CARD.width);
    const left = placeCardBeside({ lines: [box(-40, 300, 60)], card: CARD, viewport: VIEWPORT });
    expect(left.x).toBe(VIEWPORT_PADDING);
  });

  it('in a viewport too short for either side, takes the roomier side and stays inside', () => {
    const viewport = { width: 400, height: 300 };
    const nearTop = placeCardBeside({ lines: [box(10, 40, 50)], card: CARD, viewport });
    expect(nearTop.side).toBe('below');
    expect(nearTop.y).toBe(viewport.height - VIEWPORT_PADDING - CARD.height);
    const nearBottom = placeCardBeside({ lines: [box(10, 240, 50)], card: CARD, viewport });
    expect(nearBottom.side).toBe('above');
    expect(nearBottom.y).toBe(VIEWPORT_PADDING);
    // Narrower than the card: its left edge at the padding, not off screen.
    const narrow = placeCardBeside({
      lines: [box(100, 40, 50)],
      card: CARD,
      viewport: { width: 300, height: 900 },
    });
    expect(narrow.x).toBe(VIEWPORT_PADDING);
  });

  it('has a place for a name with no line boxes (collapsed by the page)', () => {
    const placed = placeCardBeside({ lines: [], card: CARD, viewport: VIEWPORT });
    expect(placed).toEqual({ x: VIEWPORT_PADDING, y: CARD_GAP, side: 'below' });
  });
});
