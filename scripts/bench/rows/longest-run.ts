/** Every page: the longest stretch of the shipped extension's samples, about its longest task. */
import { atMost, LONGEST_RUN_MS } from '../budgets';
import { ms, short, table } from '../format';
import { defineRow, type MeasuredPage } from '../row';
import { median, worst } from '../stats';
import { floorAndShipped } from './page-cost';

/** One page's longest runs over its tabs. */
export interface LongestRun {
  page: MeasuredPage;
  /** The worst tab's longest run. */
  worstMs: number;
  medianMs: number;
  floorWorstMs: number;
  runs: number;
}

/** The page with the longest run (undefined for no pages). */
export const worstPage = (rows: readonly LongestRun[]) =>
  [...rows].sort((a, b) => b.worstMs - a.worstMs)[0];

export default defineRow<LongestRun[]>({
  id: 'longest-run',
  title: 'Longest run of our samples on every page (≈ longest task)',
  async measure(context) {
    return (await floorAndShipped(context)).map(({ page, runs }) => ({
      page,
      worstMs: worst(runs.shipped.map((r) => r.longestRunMs)),
      medianMs: median(runs.shipped.map((r) => r.longestRunMs)),
      floorWorstMs: worst(runs.floor.map((r) => r.longestRunMs)),
      runs: runs.shipped.length,
    }));
  },
  table: (rows) =>
    table(rows, [
      ['page', (r) => `${r.page.folder}/${short(r.page.name)}`],
      ['longest ms (worst tab)', (r) => ms(r.worstMs)],
      ['median tab', (r) => ms(r.medianMs)],
      ['floor, worst tab', (r) => ms(r.floorWorstMs)],
      ['runs', (r) => String(r.runs)],
    ]),
  budgets(rows) {
    const top = worstPage(rows);
    if (!top) return [];
    const over = rows.filter((r) => r.worstMs > LONGEST_RUN_MS).length;
    return [
      atMost(
        `longest run, worst of ${rows.length} pages: ${short(top.page.name)}`,
        top.worstMs,
        LONGEST_RUN_MS,
        'ms',
        over ? `${over} pages over` : '',
      ),
    ];
  },
  method: `The same tabs as the page row. A run is a stretch of consecutive profile samples with one
of the extension's frames on the stack; a garbage-collector sample between two of ours continues it,
any other sample ends it. Its length is weighted like *script* (CPU share of its task), so a
2-core machine's waits for a CPU do not count. The worst tab of each page is shown; the budget
(≤ ${LONGEST_RUN_MS} ms) holds for every page, and the budget table names the worst.`,
});
