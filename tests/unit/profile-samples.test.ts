import { describe, expect, it } from 'vitest';
import {
  cpuShareOfTasks,
  type ProfileNode,
  sampledMsWhere,
} from '../../scripts/bench/profile-samples';

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

describe('cpuShareOfTasks', () => {
  const share = cpuShareOfTasks([
    { ts: 1000, dur: 400, tdur: 100 },
    { ts: 2000, dur: 100, tdur: 100 },
  ]);

  it('is the thread time over the wall time of the task a moment falls in', () => {
    expect(share(1000)).toBe(0.25);
    expect(share(1400)).toBe(0.25);
    expect(share(2050)).toBe(1);
  });

  it('takes the outermost of nested tasks', () => {
    const nested = cpuShareOfTasks([
      { ts: 1000, dur: 1000, tdur: 500 },
      { ts: 1100, dur: 100, tdur: 100 },
    ]);
    // After the inner task ended, still inside the outer one.
    expect(nested(1500)).toBe(0.5);
    expect(nested(1150)).toBe(0.5);
  });

  it('is 1 between tasks and outside them', () => {
    expect(share(999)).toBe(1);
    expect(share(1500)).toBe(1);
    expect(share(5000)).toBe(1);
  });

  it('weights each of our samples by the share at its time', () => {
    // Samples at 1000 (ours, in the slow task) and 1400 (ours) and 2000 (ours, full CPU).
    const profile = {
      nodes: NODES,
      startTime: 1000,
      samples: [4, 4, 4, 4],
      timeDeltas: [0, 400, 600, 100],
    };
    // 400 µs × 0.25 + 600 µs × 0.25 + 100 µs × 1; the last sample has no end.
    expect(sampledMsWhere(profile, ours, share)).toBeCloseTo(0.35);
  });
});
