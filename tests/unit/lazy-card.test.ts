import { describe, expect, it } from 'vitest';
import type { CardController } from '../../entrypoints/content/card';
import { lazyCardController } from '../../entrypoints/content/lazy-card';
import type { PageMention } from '../../lib/page/page-highlighter';

const PUTIN = { entityId: 'vladimir-putin', kind: 'person' } as PageMention;

/** A controller that records what it is asked, made by a factory that counts. */
function setup(dwellMs = 400) {
  const calls: string[] = [];
  const made: number[] = [];
  const card = lazyCardController((dwell) => {
    made.push(dwell);
    return {
      pointerAt: (mention: PageMention | null) => calls.push(`pointer ${mention?.entityId ?? '-'}`),
      openNow: (mention: PageMention) => calls.push(`open ${mention.entityId}`),
      warmUp: (entityId: string) => calls.push(`warm ${entityId}`),
      setDwell: (ms: number) => calls.push(`dwell ${ms}`),
      close: () => calls.push('close'),
      openWithFocus: (mention: PageMention) => calls.push(`focus ${mention.entityId}`),
    } satisfies CardController;
  }, dwellMs);
  return { card, calls, made };
}

describe('lazyCardController', () => {
  it('makes no card while the pointer stays off names and nothing else asks', () => {
    const { card, calls, made } = setup();
    card.pointerAt(null, 10, 10);
    card.setDwell(250);
    card.close();
    expect(made).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('makes it once, with the hover delay of that moment, on the first name', () => {
    const { card, calls, made } = setup();
    card.setDwell(250);
    card.pointerAt(PUTIN, 5, 5);
    card.pointerAt(null, 50, 50);
    card.setDwell(600);
    card.close();
    expect(made).toEqual([250]);
    // Once made, every call goes through, off names too (that is what closes the card).
    expect(calls).toEqual(['pointer vladimir-putin', 'pointer -', 'dwell 600', 'close']);
  });

  it.each([
    ['openNow', (card: CardController) => card.openNow(PUTIN), 'open vladimir-putin'],
    ['openWithFocus', (card: CardController) => card.openWithFocus(PUTIN), 'focus vladimir-putin'],
    ['warmUp', (card: CardController) => card.warmUp('vladimir-putin'), 'warm vladimir-putin'],
  ] as const)('makes it for %s', (_, act, expected) => {
    const { card, calls, made } = setup();
    act(card);
    expect(made).toEqual([400]);
    expect(calls).toEqual([expected]);
  });
});
