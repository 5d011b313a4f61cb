import { describe, expect, it } from 'vitest';
import {
  createHitTester,
  type HitTestSource,
  mentionFromCaret,
  mentionFromHighlightRegistry,
} from '../../lib/page/hit-test';

function setup() {
  document.body.innerHTML = '<p>Putin met <b>Kerry</b> and Obama</p>';
  const p = document.querySelector('p') as HTMLParagraphElement;
  const first = p.firstChild as Text;
  const kerry = p.querySelector('b')?.firstChild as Text;
  const last = p.lastChild as Text;
  const range = (node: Text, start: number, end: number) => {
    const r = document.createRange();
    r.setStart(node, start);
    r.setEnd(node, end);
    return r;
  };
  const ranges = [range(first, 0, 5), range(kerry, 0, 5), range(last, 5, 10)];
  const mentions = ranges.map((r) => ({ range: r, text: r.toString() }));
  const source: HitTestSource<(typeof mentions)[number]> = {
    mentionFor: (r) => mentions.find((m) => m.range === r),
    mentionsNear: () => mentions,
    shadowRoots: () => [],
  };
  return { ranges, mentions, source, nodes: { first, kerry, last } };
}

/** Gives each range one client rectangle, 50 px wide, side by side from x = 0. */
function stubRects() {
  const original = Range.prototype.getClientRects;
  Range.prototype.getClientRects = function (this: Range) {
    const index = ['Putin', 'Kerry', 'Obama'].indexOf(this.toString());
    if (index < 0) return [] as unknown as DOMRectList;
    return [new DOMRect(index * 50, 0, 50, 20)] as unknown as DOMRectList;
  };
  return () => {
    Range.prototype.getClientRects = original;
  };
}

describe('mentionFromHighlightRegistry', () => {
  it('returns the first of our ranges the registry reports at the point', () => {
    const { ranges, mentions, source } = setup();
    const foreign = document.createRange();
    const registry = {
      highlightsFromPoint: () => [
        { highlight: {}, ranges: [foreign] },
        { highlight: {}, ranges: [ranges[1]] },
      ],
    } as unknown as HighlightRegistry;
    expect(mentionFromHighlightRegistry(registry, source, 1, 1)).toBe(mentions[1]);
  });

  it('returns null when none of ours is there, undefined when the API is missing', () => {
    const { source } = setup();
    const empty = { highlightsFromPoint: () => [] } as unknown as HighlightRegistry;
    expect(mentionFromHighlightRegistry(empty, source, 1, 1)).toBeNull();
    expect(mentionFromHighlightRegistry({} as HighlightRegistry, source, 1, 1)).toBeUndefined();
  });
});

describe('mentionFromCaret', () => {
  it('finds the range whose rectangles contain the point', () => {
    const { mentions, source, nodes } = setup();
    const restore = stubRects();
    const doc = document as unknown as Record<string, unknown>;
    doc.caretPositionFromPoint = () => ({ offsetNode: nodes.kerry, offset: 2 });
    try {
      expect(mentionFromCaret(document, source, 60, 10)).toBe(mentions[1]);
      // The caret lands beside the text but the point is below it: no hit.
      expect(mentionFromCaret(document, source, 60, 40)).toBeNull();
    } finally {
      restore();
      delete doc.caretPositionFromPoint;
    }
  });

  it('uses caretRangeFromPoint where caretPositionFromPoint is missing', () => {
    const { mentions, source, nodes } = setup();
    const restore = stubRects();
    const doc = document as unknown as Record<string, unknown>;
    doc.caretRangeFromPoint = () => {
      const caret = document.createRange();
      caret.setStart(nodes.last, 7);
      return caret;
    };
    try {
      expect(createHitTester(source, document)(110, 5)).toBe(mentions[2]);
    } finally {
      restore();
      delete doc.caretRangeFromPoint;
    }
  });
});
