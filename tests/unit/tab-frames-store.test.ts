import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageSummary } from '../../lib/messages';
import { createTabFramesStore } from '../../lib/tab-frames-store';

function summary(total: number): PageSummary {
  const entities = total ? [{ entityId: 'kerry', kind: 'person' as const, count: total }] : [];
  return { state: 'active', hostname: 'a.test', total, entities };
}

describe('createTabFramesStore', () => {
  beforeEach(() => fakeBrowser.reset());
  const area = () => fakeBrowser.storage.session;

  it('sums a tab’s frames for the badge as they report, whatever their order', async () => {
    const store = createTabFramesStore(area());
    const totals = await Promise.all([
      store.report(1, 0, summary(2)),
      store.report(1, 4, summary(3)),
      store.report(1, 6, summary(1)),
      store.report(2, 0, summary(9)),
    ]);
    expect(totals).toEqual([2, 5, 6, 9]);
    expect(Object.keys((await store.get(1)).frames)).toEqual(['0', '4', '6']);
  });

  it('forgets a frame that says goodbye, and a tab', async () => {
    const store = createTabFramesStore(area());
    await store.report(1, 0, summary(2));
    await store.report(1, 4, summary(3));
    expect(await store.report(1, 4, summary(0))).toBe(2);
    await store.forget(1);
    expect(await store.get(1)).toEqual({ frames: {} });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('survives the worker stopping: a new store reads what the old one wrote', async () => {
    const before = createTabFramesStore(area());
    await before.report(1, 0, summary(2));
    await before.report(1, 4, summary(3));
    await before.setCursor(1, { frameId: 4, index: 0 });
    const after = createTabFramesStore(area());
    expect(await after.report(1, 7, summary(1))).toBe(6);
    expect((await after.get(1)).cursor).toEqual({ frameId: 4, index: 0 });
  });

  it('works from memory without a session area', async () => {
    const store = createTabFramesStore(undefined);
    await store.report(1, 0, summary(2));
    expect(await store.report(1, 3, summary(1))).toBe(3);
  });
});
