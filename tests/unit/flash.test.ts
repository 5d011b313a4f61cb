import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLASH_HIGHLIGHT, flashRange } from '../../lib/page/highlights';
import { type FakeHighlight, installFakeHighlights } from '../support/fake-highlights';

let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  vi.useFakeTimers();
  registry = installFakeHighlights();
  document.body.innerHTML = '<p>Vladimir Putin and John Kerry</p>';
});

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const rangeOf = (start: number, end: number) => {
  const text = document.querySelector('p')?.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return range;
};

describe('flashRange', () => {
  it('marks the range above the others for a moment, then takes the mark away', () => {
    const putin = rangeOf(0, 14);
    flashRange(putin, 1200);
    expect([...(registry.get(FLASH_HIGHLIGHT) ?? [])]).toEqual([putin]);
    expect(registry.get(FLASH_HIGHLIGHT)?.priority).toBe(2);
    vi.advanceTimersByTime(1199);
    expect(registry.has(FLASH_HIGHLIGHT)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(registry.has(FLASH_HIGHLIGHT)).toBe(false);
  });

  it('lets a later flash stand when an earlier one times out, and clears at once on demand', () => {
    const first = flashRange(rangeOf(0, 14), 1200);
    vi.advanceTimersByTime(1000);
    const kerry = rangeOf(19, 29);
    const second = flashRange(kerry, 1200);
    vi.advanceTimersByTime(300);
    expect([...(registry.get(FLASH_HIGHLIGHT) ?? [])]).toEqual([kerry]);
    first();
    expect(registry.has(FLASH_HIGHLIGHT)).toBe(true);
    second();
    expect(registry.has(FLASH_HIGHLIGHT)).toBe(false);
  });
});
