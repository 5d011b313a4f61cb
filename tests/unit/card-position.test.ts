import { describe, expect, it } from 'vitest';
import {
  type Box,
  CARD_GAP,
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

describe('lineAt', () => {
  // "Vladimir" at the end of one line, "Putin" at the start of the next.
  const wrapped = [box(1100, 100, 80), box(20, 120, 50)];

  it('takes the line under the pointer', () => {
    expect(lineAt(wrapped, { x: 40, y: 130 })).toBe(wrapped[1]);
    expect(lineAt(wrapped, { x: 1150, y: 110 })).toBe(wrapped[0]);
  });

  it('takes the nearest line when the pointer is between them, the first without a pointer', () => {
    expect(lineAt(wrapped, { x: 75, y: 128 })).toBe(wrapped[1]);
    expect(lineAt(wrapped)).toBe(wrapped[0]);
    expect(lineAt([])).toBeUndefined();
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
