import { describe, expect, it } from 'vitest';
import { budgetTable, NOTES_MARKER, renderDoc } from '../../scripts/bench/doc';
import { ms, table } from '../../scripts/bench/format';
import { defineRow, type Measured } from '../../scripts/bench/row';
import { median, medianOrNull, worst } from '../../scripts/bench/stats';

describe('ms', () => {
  it.each([
    [0.1234, '0.12'],
    [9.994, '9.99'],
    [12.34, '12.3'],
    [123.4, '123'],
    [Number.NaN, '–'],
  ])('%s → %s', (value, shown) => {
    expect(ms(value)).toBe(shown);
  });
});

describe('table', () => {
  it('aligns the first column left and the others right', () => {
    const rows = [{ page: 'a', value: 1 }];
    expect(
      table(rows, [
        ['page', (r) => r.page],
        ['ms', (r) => String(r.value)],
      ]),
    ).toBe('| page | ms |\n| --- | ---: |\n| a | 1 |');
  });
});

describe('median, medianOrNull, worst', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('is unknown when any value is', () => {
    expect(medianOrNull([1, null, 3])).toBeNull();
    expect(medianOrNull([1, 3])).toBe(2);
  });

  it('is the largest value, 0 for none', () => {
    expect(worst([1, 5, 2])).toBe(5);
    expect(worst([])).toBe(0);
  });
});

const row = defineRow<number>({
  id: 'sample',
  title: 'A sample row',
  measure: async () => 1,
  table: (result) => `| n |\n| ---: |\n| ${result} |`,
  budgets: (result) => [
    { what: 'ok', value: `${result} ms`, budget: '≤ 2 ms', pass: true },
    { what: 'too slow', value: '3 ms', budget: '≤ 2 ms', pass: false },
  ],
  method: 'How the sample row measures.',
});
const measured: Measured[] = [{ row, result: 1, budgets: row.budgets(1) }];

describe('the report', () => {
  it('lists every budget check with its row and result', () => {
    expect(budgetTable(measured).split('\n').slice(2)).toEqual([
      '| sample | ok | 1 ms | ≤ 2 ms | PASS |',
      '| sample | too slow | 3 ms | ≤ 2 ms | **FAIL** |',
    ]);
  });

  it('puts the budgets first, then the tables, the method, and keeps the notes', () => {
    const doc = renderDoc({
      measured,
      machine: 'test machine',
      command: 'npm run bench',
      date: '2026-12-04 10:00',
      minutes: 5,
      load: '1.0',
      revision: 'abc1234',
      previous: `# Old\n\n${NOTES_MARKER}\n\n## Notes\n\nKept by hand.`,
    });
    expect(doc).toContain('**1 of 2 budgets met.**');
    const order = ['## Budgets', '### A sample row', '## Method', NOTES_MARKER, 'Kept by hand.'];
    const positions = order.map((text) => doc.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(doc).toContain('How the sample row measures.');
  });
});
