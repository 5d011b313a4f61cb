import { describe, expect, it } from 'vitest';
import {
  type CardView,
  type CardViewEvents,
  createCardController,
} from '../../lib/page/card-controller';
import type { PageMention } from '../../lib/page/page-highlighter';
import { fakeClock } from '../support/fake-clock';

const PUTIN = { entityId: 'vladimir-putin', kind: 'person' } as PageMention;
const KERRY = { entityId: 'john-kerry', kind: 'person' } as PageMention;

/** A card module whose loading the test resolves or fails by hand, and a view that records. */
function setup(dwellMs = 350) {
  const time = fakeClock();
  const calls: string[] = [];
  const loads: { resolve: (view: CardView) => void; reject: (error: Error) => void }[] = [];
  let events: CardViewEvents | null = null;
  const view: CardView = {
    show: (m, { pointer, takeFocus }) =>
      calls.push(`show ${m.entityId}${pointer ? ' at pointer' : ''}${takeFocus ? ' focus' : ''}`),
    prepare: (m) => calls.push(`prepare ${m.entityId}`),
    hide: () => calls.push('hide'),
    remove: () => calls.push('remove'),
    // Stands in for the module's page order: the next in the list given, wrapping.
    next: (mentions, current, direction) =>
      mentions[
        (mentions.indexOf(current as PageMention) + direction + mentions.length) % mentions.length
      ] ?? null,
  };
  const controller = new AbortController();
  const card = createCardController({
    loadView: (given) => {
      events = given;
      calls.push('load');
      return new Promise((resolve, reject) => loads.push({ resolve, reject }));
    },
    dwellMs,
    signal: controller.signal,
    clock: time.clock,
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { card, calls, loads, view, time, controller, settle, events: () => events };
}

describe('createCardController', () => {
  it('loads nothing while the pointer stays off names', () => {
    const { card, calls, time } = setup();
    card.pointerAt(null, 10, 10);
    time.advance(1000);
    card.setDwell(200);
    card.close();
    expect(calls).toEqual([]);
  });

  it('starts loading the card module when the pointer comes to rest, opens after the dwell', async () => {
    const { card, calls, loads, view, time, settle } = setup();
    card.pointerAt(PUTIN, 10, 10);
    expect(calls).toEqual(['load']);
    loads[0]?.resolve(view);
    await settle();
    // The card's content is worked out while the pointer dwells.
    expect(calls).toEqual(['load', 'prepare vladimir-putin']);
    time.advance(350);
    expect(calls.at(-1)).toBe('show vladimir-putin at pointer');
    // Loaded once: the next name reuses it.
    card.pointerAt(KERRY, 80, 10);
    time.advance(350);
    expect(calls.filter((c) => c === 'load')).toHaveLength(1);
    expect(calls.at(-1)).toBe('show john-kerry at pointer');
  });

  it('opens when a slow module arrives after the dwell, if the pointer is still there', async () => {
    const { card, calls, loads, view, time, settle } = setup();
    card.pointerAt(PUTIN, 10, 10);
    time.advance(400);
    expect(calls).toEqual(['load']);
    loads[0]?.resolve(view);
    await settle();
    expect(calls).toContain('show vladimir-putin at pointer');
  });

  it('shows nothing when the pointer has left before the module arrived', async () => {
    const { card, calls, loads, view, time, settle } = setup();
    card.pointerAt(PUTIN, 10, 10);
    time.advance(400);
    card.pointerAt(null, 300, 300);
    time.advance(400);
    loads[0]?.resolve(view);
    await settle();
    expect(calls.some((c) => c.startsWith('show'))).toBe(false);
  });

  it('leaves the page alone when the module fails to load, and tries again on the next hover', async () => {
    const { card, calls, loads, view, time, settle } = setup();
    card.pointerAt(PUTIN, 10, 10);
    loads[0]?.reject(new Error('extension updated'));
    await settle();
    // The end of the dwell tries once more.
    time.advance(400);
    loads[1]?.reject(new Error('extension updated'));
    await settle();
    expect(calls).toEqual(['load', 'load']);
    card.pointerAt(null, 300, 300);
    card.pointerAt(PUTIN, 10, 10);
    expect(calls).toEqual(['load', 'load', 'load']);
    loads[2]?.resolve(view);
    await settle();
    time.advance(350);
    expect(calls.at(-1)).toBe('show vladimir-putin at pointer');
  });

  it('opens at once for a tap, and as a focused dialog for the keyboard', async () => {
    const { card, calls, loads, view, settle } = setup();
    card.openNow(PUTIN, { x: 5, y: 5 });
    loads[0]?.resolve(view);
    await settle();
    expect(calls).toEqual(['load', 'show vladimir-putin at pointer']);
    expect(await card.jump([PUTIN, KERRY], 1)).toBe(PUTIN);
    expect(await card.jump([PUTIN, KERRY], 1)).toBe(KERRY);
    expect(calls.at(-1)).toBe('show john-kerry focus');
  });

  it('jumps by the module’s order, loading it first; to nothing among no mentions', async () => {
    const { card, calls, loads, view, settle } = setup();
    expect(await card.jump([], 1)).toBeNull();
    expect(calls).toEqual([]);
    const jumped = card.jump([PUTIN, KERRY], 1);
    expect(calls).toEqual(['load']);
    loads[0]?.resolve(view);
    expect(await jumped).toBe(PUTIN);
    await settle();
    expect(calls).toEqual(['load', 'show vladimir-putin focus']);
    // From where it stands, or from the start again.
    expect(await card.jump([PUTIN, KERRY], 1)).toBe(KERRY);
    expect(await card.jump([PUTIN, KERRY], 1, true)).toBe(PUTIN);
  });

  it('goes on one from another for steps taken while the module loads', async () => {
    const { card, loads, view } = setup();
    const first = card.jump([PUTIN, KERRY], 1);
    const second = card.jump([PUTIN, KERRY], 1);
    loads[0]?.resolve(view);
    expect([await first, await second]).toEqual([PUTIN, KERRY]);
  });

  it('voids a jump still loading when the card is closed (another frame took the turn)', async () => {
    const { card, calls, loads, view, settle } = setup();
    const jumped = card.jump([PUTIN, KERRY], 1);
    card.close();
    loads[0]?.resolve(view);
    expect(await jumped).toBeNull();
    await settle();
    expect(calls.filter((c) => c.startsWith('show'))).toEqual([]);
    // The next jump goes on as usual.
    expect(await card.jump([PUTIN, KERRY], 1)).toBe(PUTIN);
  });

  it('jumps nowhere while the module cannot load, and loads again on the next jump', async () => {
    const { card, calls, loads, view } = setup();
    const failed = card.jump([PUTIN], 1);
    loads[0]?.reject(new Error('extension updated'));
    expect(await failed).toBeNull();
    const next = card.jump([PUTIN], 1);
    loads[1]?.resolve(view);
    expect(await next).toBe(PUTIN);
    expect(calls.filter((c) => c === 'load')).toHaveLength(2);
  });

  it('passes the card’s events on: leaving the card closes it after the grace', async () => {
    const { card, calls, loads, view, time, settle, events } = setup();
    card.pointerAt(PUTIN, 10, 10);
    loads[0]?.resolve(view);
    await settle();
    time.advance(350);
    card.pointerAt(null, 10, 60);
    events()?.enter();
    time.advance(1000);
    expect(calls.at(-1)).toBe('show vladimir-putin at pointer');
    events()?.leave();
    time.advance(300);
    expect(calls.at(-1)).toBe('hide');
    card.pointerAt(PUTIN, 10, 10);
    time.advance(350);
    events()?.dismiss();
    expect(calls.at(-1)).toBe('hide');
  });

  it('removes the card when stopped, also one that arrives afterwards', async () => {
    const first = setup();
    first.card.pointerAt(PUTIN, 10, 10);
    first.loads[0]?.resolve(first.view);
    await first.settle();
    first.controller.abort();
    expect(first.calls.slice(-2)).toEqual(['hide', 'remove']);

    const late = setup();
    late.card.pointerAt(PUTIN, 10, 10);
    late.controller.abort();
    late.loads[0]?.resolve(late.view);
    await late.settle();
    expect(late.calls).toEqual(['load', 'remove']);
  });
});
