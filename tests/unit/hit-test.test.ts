import { describe, expect, it } from 'vitest';
import { createHitTester, type HitTestSource } from '../../lib/page/hit-test';

function setup() {
  document.body.innerHTML = '<p>Putin met <b>Kerry</b> and Obama</p>';
  const p = document.querySelector('p') as HTMLParagraphElement;
  const range = (node: Node, start: number, end: number) => {
    const r = document.createRange();
    r.setStart(node, start);
    r.setEnd(node, end);
    return r;
  };
  const ranges = [
    range(p.firstChild as Text, 0, 5),
    range(p.querySelector('b')?.firstChild as Text, 0, 5),
  ];
  const mentions = ranges.map((r) => ({ range: r, text: r.toString() }));
  const root = document.createElement('div').attachShadow({ mode: 'open' });
  const source: HitTestSource<(typeof mentions)[number]> = {
    mentionFor: (r) => mentions.find((m) => m.range === r),
    shadowRoots: () => [root],
  };
  return { ranges, mentions, source, root };
}

/** A page whose registry reports `hits` at every point, and records the options it was given. */
function pageWithHits(hits: { highlight: object; ranges: AbstractRange[] }[]) {
  const asked: unknown[] = [];
  const doc = {
    defaultView: {
      CSS: {
        highlights: {
          highlightsFromPoint: (_x: number, _y: number, options: unknown) => {
            asked.push(options);
            return hits;
          },
        },
      },
    },
  } as unknown as Document;
  return { doc, asked };
}

describe('createHitTester', () => {
  it('returns the first of our ranges the registry reports at the point, seeing into our roots', () => {
    const { ranges, mentions, source, root } = setup();
    const foreign = document.createRange();
    const { doc, asked } = pageWithHits([
      { highlight: {}, ranges: [foreign] },
      { highlight: {}, ranges: [foreign, ranges[1] as Range] },
      { highlight: {}, ranges: [ranges[0] as Range] },
    ]);
    expect(createHitTester(source, doc)(1, 1)).toBe(mentions[1]);
    expect(asked).toEqual([{ shadowRoots: [root] }]);
  });

  it('returns null where none of ours is drawn', () => {
    const { source } = setup();
    const foreign = document.createRange();
    expect(createHitTester(source, pageWithHits([]).doc)(1, 1)).toBeNull();
    const others = pageWithHits([{ highlight: {}, ranges: [foreign] }]).doc;
    expect(createHitTester(source, others)(1, 1)).toBeNull();
  });
});
