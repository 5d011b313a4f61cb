import { describe, expect, it } from 'vitest';
import type { PageSummary } from '../../lib/messages';
import {
  type FrameSummaries,
  framesHolding,
  nextStep,
  type StepCursor,
  tabSummary,
  tabTotal,
  withFrameSummary,
} from '../../lib/tab-summaries';

/** A summary of `counts` (entity id → count), in that order. */
function summary(counts: Record<string, number>, page: Partial<PageSummary> = {}): PageSummary {
  const entities = Object.entries(counts).map(([entityId, count]) => ({
    entityId,
    kind: 'person' as const,
    count,
  }));
  const total = entities.reduce((sum, e) => sum + e.count, 0);
  return { state: 'active', hostname: 'frame.test', total, entities, ...page };
}

describe('withFrameSummary', () => {
  it('keeps each frame’s latest summary by frame id', () => {
    let frames: FrameSummaries = {};
    frames = withFrameSummary(frames, 0, summary({ kerry: 1 }));
    frames = withFrameSummary(frames, 7, summary({ putin: 2 }));
    frames = withFrameSummary(frames, 7, summary({ putin: 3 }));
    expect(frames).toEqual({ 0: summary({ kerry: 1 }), 7: summary({ putin: 3 }) });
  });

  it('forgets a frame that counts nothing any more or has gone (its empty goodbye)', () => {
    const frames = { 0: summary({ kerry: 1 }), 7: summary({ putin: 2 }) };
    expect(withFrameSummary(frames, 7, summary({}))).toEqual({ 0: summary({ kerry: 1 }) });
    expect(withFrameSummary(frames, 9, summary({}))).toEqual(frames);
  });

  it('leaves the frames it was given as they were', () => {
    const frames = { 3: summary({ kerry: 1 }) };
    withFrameSummary(frames, 3, summary({}));
    expect(frames).toEqual({ 3: summary({ kerry: 1 }) });
  });
});

describe('tabTotal', () => {
  it('sums every frame’s mentions (the badge)', () => {
    expect(tabTotal({})).toBe(0);
    expect(tabTotal({ 0: summary({ kerry: 2 }), 5: summary({ kerry: 1, putin: 4 }) })).toBe(7);
  });
});

describe('tabSummary', () => {
  it('takes the state and hostname from the top frame and sums counts per entity', () => {
    const top = summary({ kerry: 1, putin: 1 }, { state: 'paused', hostname: 'top.test' });
    const frames = {
      4: summary({ lavrov: 2, kerry: 3 }, { hostname: 'ads.test' }),
      2: summary({ assad: 1 }),
    };
    expect(tabSummary(top, frames)).toEqual({
      state: 'paused',
      hostname: 'top.test',
      total: 8,
      // The top frame's entities first, then each frame's by id.
      entities: [
        { entityId: 'kerry', kind: 'person', count: 4 },
        { entityId: 'putin', kind: 'person', count: 1 },
        { entityId: 'assad', kind: 'person', count: 1 },
        { entityId: 'lavrov', kind: 'person', count: 2 },
      ],
    });
  });

  it('prefers the top frame’s live summary to the one the background kept', () => {
    const stale = summary({ kerry: 5 });
    const top = summary({}, { hostname: 'top.test' });
    expect(tabSummary(top, { 0: stale, 3: summary({ obama: 1 }) })).toEqual({
      ...top,
      total: 1,
      entities: [{ entityId: 'obama', kind: 'person', count: 1 }],
    });
  });

  it('does not change the summaries it sums', () => {
    const frame = summary({ kerry: 1 });
    tabSummary(summary({ kerry: 1 }), { 1: frame });
    expect(frame).toEqual(summary({ kerry: 1 }));
  });
});

describe('framesHolding', () => {
  const frames = { 9: summary({ kerry: 2 }), 0: summary({ putin: 1 }), 3: summary({ kerry: 1 }) };

  it('lists the frames holding an entity, top frame first, then by id', () => {
    expect(framesHolding(frames, 'kerry')).toEqual([
      { frameId: 3, count: 1 },
      { frameId: 9, count: 2 },
    ]);
    expect(framesHolding(frames, 'obama')).toEqual([]);
  });

  it('counts every mention without an entity (the keyboard)', () => {
    expect(framesHolding(frames)).toEqual([
      { frameId: 0, count: 1 },
      { frameId: 3, count: 1 },
      { frameId: 9, count: 2 },
    ]);
  });
});

describe('nextStep', () => {
  const holders = [
    { frameId: 0, count: 2 },
    { frameId: 5, count: 1 },
  ];
  /** The frames and indexes `n` steps visit from no cursor. */
  function walk(direction: 1 | -1, n: number) {
    let cursor: StepCursor | undefined;
    const visited: string[] = [];
    for (let i = 0; i < n; i++) {
      const step = nextStep(holders, cursor, direction);
      if (!step) throw new Error('no step');
      cursor = step.cursor;
      visited.push(`${cursor.frameId}:${cursor.index}${step.restart ? ' restart' : ''}`);
    }
    return visited;
  }

  it('steps through one frame’s mentions, then into the next frame’s, wrapping around', () => {
    expect(walk(1, 5)).toEqual(['0:0 restart', '0:1', '5:0 restart', '0:0 restart', '0:1']);
  });

  it('steps backwards from the last frame’s last mention', () => {
    expect(walk(-1, 4)).toEqual(['5:0 restart', '0:1 restart', '0:0', '5:0 restart']);
  });

  it('starts afresh when the frame stepped in has gone', () => {
    expect(nextStep(holders, { frameId: 8, index: 3 }, 1)).toEqual({
      cursor: { frameId: 0, index: 0 },
      restart: true,
    });
  });

  it('leaves a frame whose mentions went below the cursor', () => {
    expect(nextStep([{ frameId: 0, count: 1 }], { frameId: 0, index: 4 }, 1)).toEqual({
      cursor: { frameId: 0, index: 0 },
      restart: true,
    });
  });

  it('has no step when no frame holds a mention', () => {
    expect(nextStep([], undefined, 1)).toBeNull();
  });
});
