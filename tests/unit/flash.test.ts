import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLASH_HIGHLIGHT, flashRanges } from '../../lib/page/highlights';
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

describe('flashRanges', () => {
  it('marks the range above the others for a moment, then takes the mark away', () => {
    const putin = rangeOf(0, 14);
    flashRanges([putin], 1200);
    expect([...(registry.get(FLASH_HIGHLIGHT) ?? [])]).toEqual([putin]);
    expect(registry.get(FLASH_HIGHLIGHT)?.priority).toBe(2);
    vi.advanceTimersByTime(1199);
    expect(registry.has(FLASH_HIGHLIGHT)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(registry.has(FLASH_HIGHLIGHT)).toBe(false);
  });

  it('marks every part of a name through a slot', () => {
    const parts = [rangeOf(0, 9), rangeOf(9, 14)];
    flashRanges(parts, 1200);
    expect([...(registry.get(FLASH_HIGHLIGHT) ?? [])]).toEqual(parts);
  });

  it('lets a later flash stand when an earlier one times out, and clears at once on demand', () => {
    const first = flashRanges([rangeOf(0, 14)], 1200);
    vi.advanceTimersByTime(1000);
    const kerry = rangeOf(19, 29);
    const second = flashRanges([kerry], 1200);
    vi.advanceTimersByTime(300);
    expect([...(registry.get(FLASH_HIGHLIGHT) ?? [])]).toEqual([kerry]);
    first();
    expect(registry.has(FLASH_HIGHLIGHT)).toBe(true);
    second();
    expect(registry.has(FLASH_HIGHLIGHT)).toBe(false);
  });
});
