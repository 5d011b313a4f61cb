import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLateRootWatch } from '../../lib/page/late-roots';

// happy-dom does not upgrade elements already in the page when their tag is defined: these
// elements are stand-ins (defined or not, rooted or not, as the test says). The e2e fixture
// shadow/late.html defines a real component late in both browsers.
interface StandIn {
  isConnected: boolean;
  defined: boolean;
  root: ShadowRoot | null;
  matches(selector: string): boolean;
}
const standIn = (): StandIn => ({
  isConnected: true,
  defined: false,
  root: null,
  matches(selector) {
    if (selector !== ':defined') throw new Error(`unexpected selector ${selector}`);
    return this.defined;
  },
});
const asElement = (e: StandIn) => e as unknown as Element;
const rootOf = (e: Element) => (e as unknown as StandIn).root;

let controller: AbortController;

beforeEach(() => {
  controller = new AbortController();
  vi.useFakeTimers();
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('createLateRootWatch', () => {
  it('finds the root an element attaches once defined, and lets defined and removed ones go', () => {
    const late = standIn();
    const never = standIn();
    const removed = standIn();
    const lightOnly = standIn();
    const waiting = new Set([late, never, removed, lightOnly].map(asElement));
    const found: ShadowRoot[] = [];
    const watch = createLateRootWatch(waiting, rootOf, (r) => found.push(r), controller.signal);
    watch.schedule();
    vi.advanceTimersByTime(600);
    expect(found).toEqual([]);
    const root = {} as ShadowRoot;
    Object.assign(late, { defined: true, root });
    lightOnly.defined = true;
    removed.isConnected = false;
    vi.advanceTimersByTime(2000);
    expect(found).toEqual([root]);
    expect([...waiting]).toEqual([asElement(never)]);
    // One never defined is looked at a few more times, then no more.
    vi.advanceTimersByTime(60_000);
    expect(vi.getTimerCount()).toBe(0);
    expect(found).toEqual([root]);
  });

  it('starts a new round only for elements found since the last, once at a time', () => {
    const element = standIn();
    const waiting = new Set([asElement(element)]);
    const found: ShadowRoot[] = [];
    const watch = createLateRootWatch(waiting, rootOf, (r) => found.push(r), controller.signal);
    watch.schedule();
    watch.schedule();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(60_000);
    expect(vi.getTimerCount()).toBe(0);
    // A page that keeps changing asks again and again: no new round for the same element.
    watch.schedule();
    expect(vi.getTimerCount()).toBe(0);
    // An element found since: a new round, which looks at every waiting element.
    const added = standIn();
    waiting.add(asElement(added));
    Object.assign(element, { defined: true, root: {} as ShadowRoot });
    watch.schedule();
    vi.advanceTimersByTime(600);
    expect(found).toHaveLength(1);
  });

  it('stops looking when the page is left', () => {
    const watch = createLateRootWatch(
      new Set([asElement(standIn())]),
      rootOf,
      vi.fn(),
      controller.signal,
    );
    watch.schedule();
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
    watch.schedule();
    expect(vi.getTimerCount()).toBe(0);
  });
});
