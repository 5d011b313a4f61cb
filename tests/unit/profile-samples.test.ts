import { describe, expect, it } from 'vitest';
import {
  cpuShareOfTasks,
  longestRunMs,
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

describe('longestRunMs', () => {
  // (root) ─┬─ ours ── ours' DOM call
  //         ├─ page script
  //         ├─ (garbage collector)
  //         └─ (idle)
  const nodes: ProfileNode[] = [
    node(1, '', [2, 4, 5, 6]),
    node(2, EXT, [3]),
    node(3, ''),
    node(4, 'http://127.0.0.1/page.js'),
    { id: 5, callFrame: { url: '', functionName: '(garbage collector)' } },
    { id: 6, callFrame: { url: '', functionName: '(idle)' } },
  ];
  // Each sample lasts 100 µs except where the deltas say otherwise.
  const profile = (samples: number[]) => ({
    nodes,
    samples,
    timeDeltas: samples.map((_, i) => (i === 0 ? 0 : 100)),
  });

  it('is the longest stretch of consecutive samples with our frames', () => {
    // ours ours | page | ours ours ours | idle; the last sample has no end.
    expect(longestRunMs(profile([2, 3, 4, 2, 3, 2, 6]), ours)).toBeCloseTo(0.3);
  });

  it('goes on through garbage collection between our samples, and not past it', () => {
    expect(longestRunMs(profile([2, 5, 5, 2, 4]), ours)).toBeCloseTo(0.4);
    // Collection after our last sample is not ours.
    expect(longestRunMs(profile([2, 5, 5, 4]), ours)).toBeCloseTo(0.1);
    // Nor is collection before our first.
    expect(longestRunMs(profile([5, 5, 2, 4]), ours)).toBeCloseTo(0.1);
  });

  it('is 0 without samples of ours', () => {
    expect(longestRunMs(profile([4, 5, 6, 4]), ours)).toBe(0);
    expect(longestRunMs({ nodes }, ours)).toBe(0);
  });

  it('weights each sample by the CPU share at its time', () => {
    const p = { ...profile([2, 2, 2, 4]), startTime: 1000 };
    // Samples at 1000, 1100, 1200: the task from 1000 to 1200 had half a CPU.
    const share = cpuShareOfTasks([{ ts: 1000, dur: 200, tdur: 100 }]);
    expect(longestRunMs(p, ours, share)).toBeCloseTo(0.05 + 0.05 + 0.05);
  });
});
