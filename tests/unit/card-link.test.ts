import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CardView, createCardController } from '../../lib/page/card-controller';
import { createCardLink } from '../../lib/page/card-link';
import type { PageMention } from '../../lib/page/page-highlighter';
import { fakeClock } from '../support/fake-clock';

const PUTIN = { entityId: 'vladimir-putin', kind: 'person' } as PageMention;
const KERRY = { entityId: 'john-kerry', kind: 'person' } as PageMention;

let controller: AbortController;

/**
 * A page's card link whose card module the test lets load (or fail) by hand; the module's
 * controller is the real one, on a fake clock, with a view that records.
 */
function setup(dwellMs = 350) {
  const time = fakeClock();
  const calls: string[] = [];
  const view: CardView = {
    show: (m, { takeFocus }) => calls.push(`show ${m.entityId}${takeFocus ? ' focus' : ''}`),
    prepare: (m) => calls.push(`prepare ${m.entityId}`),
    hide: () => calls.push('hide'),
    remove: () => calls.push('remove'),
    next: (mentions) => mentions[0] ?? null,
  };
  controller = new AbortController();
  const signal = controller.signal;
  const loads: { resolve(): void; reject(): void; dwellMs: number }[] = [];
  const link = createCardLink({
    load: (ms) =>
      new Promise((resolve, reject) => {
        calls.push('import');
        loads.push({
          dwellMs: ms,
          resolve: () =>
            resolve(
              createCardController({
                loadView: async () => view,
                dwellMs: ms,
                signal,
                clock: time.clock,
              }),
            ),
          reject: () => reject(new Error('the extension was updated')),
        });
      }),
    dwellMs,
    signal,
  });
  // The link notes when the pointer came onto a name by the page's clock: the fake one here.
  vi.spyOn(performance, 'now').mockImplementation(time.clock.now);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { link, calls, loads, time, settle };
}

afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

describe('createCardLink', () => {
  it('imports nothing while the pointer stays off names, or for settings and closing', () => {
    const { link, calls, time } = setup();
    link.pointerAt(null, 10, 10);
    time.advance(1000);
    link.setDwell(200);
    link.close();
    expect(calls).toEqual([]);
  });

  it('imports the card module when the pointer comes onto a name; the dwell counts the import', async () => {
    const { link, calls, loads, time, settle } = setup();
    link.pointerAt(PUTIN, 10, 10);
    time.advance(100);
    link.pointerAt(PUTIN, 11, 10);
    expect(calls).toEqual(['import']);
    time.advance(100);
    loads[0]?.resolve();
    await settle();
    // 200 ms of the 350 went by while it loaded: the card opens 150 ms later, not 350.
    expect(calls).toEqual(['import', 'prepare vladimir-putin']);
    time.advance(149);
    expect(calls).not.toContain('show vladimir-putin');
    time.advance(1);
    expect(calls.at(-1)).toBe('show vladimir-putin');
    // From now on the module's controller follows the pointer itself.
    link.pointerAt(null, 300, 300);
    time.advance(300);
    expect(calls.at(-1)).toBe('hide');
    expect(loads).toHaveLength(1);
  });

  it('counts the dwell from the name the pointer is on when the module comes', async () => {
    const { link, calls, loads, time, settle } = setup();
    link.pointerAt(PUTIN, 10, 10);
    time.advance(200);
    link.pointerAt(KERRY, 10, 40);
    time.advance(100);
    loads[0]?.resolve();
    await settle();
    time.advance(249);
    expect(calls).not.toContain('show john-kerry');
    time.advance(1);
    expect(calls).toEqual(['import', 'prepare john-kerry', 'show john-kerry']);
  });

  it('opens nothing if the pointer left before the module came', async () => {
    const { link, calls, loads, time, settle } = setup();
    link.pointerAt(PUTIN, 10, 10);
    link.pointerAt(null, 400, 400);
    loads[0]?.resolve();
    await settle();
    time.advance(1000);
    expect(calls).toEqual(['import']);
  });

  it('takes the hover delay set while it loaded', async () => {
    const { link, calls, loads, time, settle } = setup(350);
    link.pointerAt(PUTIN, 10, 10);
    link.setDwell(1000);
    loads[0]?.resolve();
    await settle();
    time.advance(999);
    expect(calls).not.toContain('show vladimir-putin');
    time.advance(1);
    expect(calls.at(-1)).toBe('show vladimir-putin');
  });

  it('leaves the page as it was when the module fails to load, and tries again on the next hover', async () => {
    const { link, calls, loads, time, settle } = setup();
    link.pointerAt(PUTIN, 10, 10);
    loads[0]?.reject();
    await settle();
    time.advance(1000);
    expect(calls).toEqual(['import']);
    link.pointerAt(null, 300, 300);
    link.pointerAt(PUTIN, 10, 10);
    expect(calls).toEqual(['import', 'import']);
    loads[1]?.resolve();
    await settle();
    time.advance(350);
    expect(calls.at(-1)).toBe('show vladimir-putin');
  });

  it('opens at once on a tap, and a keyboard jump opens the next mention focused', async () => {
    const { link, calls, loads, settle } = setup();
    link.openNow(KERRY, { x: 5, y: 5 });
    loads[0]?.resolve();
    await settle();
    await settle();
    expect(calls).toEqual(['import', 'show john-kerry']);
    expect(await link.jump([PUTIN], 1)).toBe(PUTIN);
    expect(calls.at(-1)).toBe('show vladimir-putin focus');
    expect(loads).toHaveLength(1);
  });

  it('drops a jump when the card is closed while the module loads (another frame took the turn)', async () => {
    const { link, calls, loads, settle } = setup();
    expect(await link.jump([], 1)).toBeNull();
    expect(calls).toEqual([]);
    const jumped = link.jump([PUTIN], 1);
    link.close();
    loads[0]?.resolve();
    await settle();
    expect(await jumped).toBeNull();
    expect(calls).toEqual(['import']);
  });

  it('opens nothing the card was closed for while the module loaded (a hover, a tap)', async () => {
    const { link, calls, loads, time, settle } = setup();
    link.pointerAt(PUTIN, 10, 10);
    link.openNow(KERRY, { x: 5, y: 5 });
    // The popup or the keyboard moved on to another frame: one card in a tab at a time.
    link.close();
    loads[0]?.resolve();
    await settle();
    await settle();
    time.advance(1000);
    expect(calls).toEqual(['import']);
    // The next hover opens as usual.
    link.pointerAt(null, 300, 300);
    link.pointerAt(PUTIN, 10, 10);
    await settle();
    time.advance(350);
    await settle();
    expect(calls.at(-1)).toBe('show vladimir-putin');
  });
});
