import { describe, expect, it } from 'vitest';
import type { ExtensionRun } from '../../scripts/bench/extension';
import type { MeasuredPage } from '../../scripts/bench/row';
import longestRun, { type LongestRun } from '../../scripts/bench/rows/longest-run';
import pageCost, { type PageCost, summarizeRuns } from '../../scripts/bench/rows/page-cost';
import tinyFrames from '../../scripts/bench/rows/tiny-frames';

const page = (name: string, textKB: number): MeasuredPage => ({
  name: `${name}.html`,
  folder: 'pages',
  path: `/pages/${name}.html`,
  url: `http://127.0.0.1/pages/${name}.html`,
  textKB,
  category: 'names',
});
const run = (compileMs: number, scriptMs: number, people = 0): ExtensionRun => ({
  compileMs,
  scriptMs,
  longestRunMs: scriptMs,
  people,
});

describe('summarizeRuns', () => {
  it('takes the medians, the total per run, and the most people any run highlighted', () => {
    expect(summarizeRuns([run(1, 10, 2), run(3, 2, 0), run(2, 5, 3)])).toEqual({
      compileMs: 2,
      scriptMs: 5,
      totalMs: 7,
      people: 3,
    });
  });
});

describe('the page row', () => {
  const rows: PageCost[] = [
    {
      page: page('big', 300),
      floor: summarizeRuns([run(0.2, 9.8)]),
      shipped: summarizeRuns([run(1.5, 13.5, 4)]),
      runs: 1,
    },
    {
      page: page('small', 20),
      floor: summarizeRuns([run(0.2, 0.8)]),
      shipped: summarizeRuns([run(1.5, 6.5)]),
      runs: 1,
    },
  ];

  it('shows a ratio on big pages and the extra ms on small ones', () => {
    const lines = pageCost.table(rows).split('\n');
    expect(lines[2]).toBe(
      '| pages/big | 300.0 | names | 10.0 | 1.50 | 13.5 | 15.0 | 1.50× | 4 | 1 |',
    );
    expect(lines[3]).toBe(
      '| pages/small | 20.0 | names | 1.00 | 1.50 | 6.50 | 8.00 | +7.00 ms | 0 | 1 |',
    );
  });

  it('checks each page against its own budget', () => {
    expect(pageCost.budgets(rows).map((b) => [b.what, b.pass])).toEqual([
      ['page: big', true],
      ['page: small', false],
    ]);
  });
});

describe('the longest-run row', () => {
  const row = (name: string, worstMs: number): LongestRun => ({
    page: page(name, 10),
    worstMs,
    medianMs: worstMs / 2,
    floorWorstMs: 1,
    runs: 3,
  });

  it('has one budget, on the worst page, saying how many pages are over', () => {
    const [check] = longestRun.budgets([row('a', 12), row('b', 61), row('c', 55)]);
    expect(check).toMatchObject({
      what: 'longest run, worst of 3 pages: b',
      value: '61.0 ms (2 pages over)',
      pass: false,
    });
    expect(longestRun.budgets([row('a', 12)])[0]?.pass).toBe(true);
    expect(longestRun.budgets([])).toEqual([]);
  });
});

describe('tiny-frames row', () => {
  const cost = (totalMs: number) => ({ compileMs: 0, scriptMs: totalMs, totalMs, people: 3 });
  const result = (ours: number, floor: number) => ({
    cases: [
      { name: 'top page alone', floor: cost(1), shipped: cost(10) },
      { name: 'with 20 tiny frames', floor: cost(1 + floor), shipped: cost(10 + ours) },
    ],
    runs: 5,
  });

  it('holds what the frames add to the floor’s addition + 5 ms, not the top page’s cost', () => {
    expect(tinyFrames.budgets(result(9, 5)).map((b) => b.pass)).toEqual([true]);
    expect(tinyFrames.budgets(result(11, 5)).map((b) => b.pass)).toEqual([false]);
  });
});
