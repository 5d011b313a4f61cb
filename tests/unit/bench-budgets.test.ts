import { describe, expect, it } from 'vitest';
import { atMost, BIG_PAGE_KB, pageBudget, ratioAtMost } from '../../scripts/bench/budgets';

describe('pageBudget', () => {
  it('holds a page with ≥ 100 KB of text to 1.5× the floor', () => {
    const pass = pageBudget('page: big', BIG_PAGE_KB, 15, 10);
    expect(pass).toMatchObject({ pass: true, value: '1.50× (15.0 vs 10.0 ms)', budget: '≤ 1.5×' });
    expect(pageBudget('page: big', 450, 15.1, 10).pass).toBe(false);
  });

  it('holds a smaller page to the floor plus 5 ms, however small the floor', () => {
    const small = pageBudget('page: small', 99.9, 6, 1);
    expect(small).toMatchObject({ pass: true, budget: '≤ floor + 5 ms' });
    expect(small.value).toBe('floor + 5.00 ms (6.00 vs 1.00 ms)');
    expect(pageBudget('page: small', 20, 6.01, 1).pass).toBe(false);
    // A ratio would fail it; the budget does not.
    expect(pageBudget('page: small', 20, 4, 0.5).pass).toBe(true);
  });

  it('shows a page cheaper than the floor as a negative difference', () => {
    expect(pageBudget('page: small', 10, 1, 2).value).toBe('floor − 1.00 ms (1.00 vs 2.00 ms)');
  });
});

describe('atMost and ratioAtMost', () => {
  it('passes at the limit and fails above it, with the unit and detail shown', () => {
    expect(atMost('longest run', 50, 50, 'ms', 'page x')).toEqual({
      what: 'longest run',
      value: '50.0 ms (page x)',
      budget: '≤ 50 ms',
      pass: true,
    });
    expect(atMost('longest run', 50.01, 50, 'ms').pass).toBe(false);
  });

  it('shows sizes in KB with one decimal', () => {
    expect(atMost('content script', 25.04, 25, 'KB')).toMatchObject({
      value: '25.0 KB',
      pass: false,
    });
  });

  it('compares a ratio of two times with its limit', () => {
    expect(ratioAtMost('library', 20, 10, 2)).toMatchObject({ value: '2.00×', pass: true });
    expect(ratioAtMost('library', 21, 10, 2, '21 vs 10 ms')).toMatchObject({
      value: '2.10× (21 vs 10 ms)',
      budget: '≤ 2×',
      pass: false,
    });
  });

  it('fails a measurement that is missing (NaN)', () => {
    expect(atMost('later card', Number.NaN, 16, 'ms').pass).toBe(false);
  });
});
