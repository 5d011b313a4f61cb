import { describe, expect, it } from 'vitest';
import { type ProfileNode, sampledMsWhere } from '../../scripts/bench/profile-samples';

const EXT = 'chrome-extension://abc/content-scripts/content.js';
const node = (id: number, url: string, children: number[] = []): ProfileNode => ({
  id,
  callFrame: { url },
  children,
});

// (root) ─┬─ page script ── page callee
//         ├─ our content script ── native DOM call (no URL)
//         └─ (garbage collector)
const NODES = [
  node(1, '', [2, 4, 6]),
  node(2, 'http://127.0.0.1/page.js', [3]),
  node(3, 'http://127.0.0.1/page.js'),
  node(4, EXT, [5]),
  node(5, ''),
  node(6, ''),
];
const ours = (url: string) => url.startsWith('chrome-extension://');

describe('sampledMsWhere', () => {
  it('counts samples in our frames and in what they call, each up to the next sample', () => {
    // Sample i lasts timeDeltas[i + 1] µs.
    const profile = {
      nodes: NODES,
      samples: [4, 5, 2, 3, 6, 5],
      timeDeltas: [0, 100, 200, 400, 800, 1600],
    };
    // Node 4 (100 µs) and node 5 (200 µs) are ours; the last sample has no end.
    expect(sampledMsWhere(profile, ours)).toBeCloseTo(0.3);
  });

  it('counts nothing for the page, garbage collection or an empty profile', () => {
    expect(
      sampledMsWhere({ nodes: NODES, samples: [2, 3, 6], timeDeltas: [0, 50, 50] }, ours),
    ).toBe(0);
    expect(sampledMsWhere({ nodes: NODES }, ours)).toBe(0);
  });
});
