/** A page appending paragraphs batch by batch while the highlighter follows, vs one scan of them all. */
import { DYNAMIC_RATIO, ratioAtMost } from '../budgets';
import { ms, ratio, table } from '../format';
import { createTab, repeat, runScan } from '../harness-tab';
import { defineRow } from '../row';
import { median, worst } from '../stats';
import type { DynamicResult } from '../types';

/** The shape of the appending page. */
const SHAPE = { batches: 100, perBatch: 100 };

/** Appending paragraphs batch by batch vs one scan of them all. */
export interface DynamicRow {
  dynamic: DynamicResult;
  oneScanMs: number;
  runs: { dynamic: number; oneScan: number };
}

export default defineRow<DynamicRow>({
  id: 'dynamic',
  title: 'Dynamic page',
  async measure(context) {
    const session = await context.harness();
    const tab = createTab(await session.context.newPage(), session.harness);
    const blank = `${session.server.origin}/blank`;
    try {
      const dynamics = await repeat(3, async () => {
        await tab.load(blank);
        return tab.page.evaluate((s) => window.__bench.dynamic(s.batches, s.perBatch), SHAPE);
      });
      const scans = await repeat(context.runs, async () => {
        await tab.load(blank);
        await tab.page.evaluate(
          (n) => window.__bench.appendParagraphs(n),
          SHAPE.batches * SHAPE.perBatch,
        );
        await tab.page.evaluate(() => window.__bench.settle());
        return (await runScan(tab, 'real')).result;
      });
      const byScript = [...dynamics].sort((a, b) => a.scriptMs - b.scriptMs);
      const mid = byScript[byScript.length >> 1] as DynamicResult;
      return {
        dynamic: { ...mid, longestTaskMs: worst(dynamics.map((d) => d.longestTaskMs)) },
        oneScanMs: median(scans.map((s) => s.scriptMs)),
        runs: { dynamic: dynamics.length, oneScan: scans.length },
      };
    } finally {
      await tab.page.close();
    }
  },
  table: (r) =>
    table(
      [r],
      [
        ['run', (x) => `${x.dynamic.batches} batches of ${SHAPE.perBatch}, one per frame`],
        ['paragraphs', (x) => String(x.dynamic.paragraphs)],
        ['script ms', (x) => ms(x.dynamic.scriptMs)],
        ['one scan ms', (x) => ms(x.oneScanMs)],
        ['ratio', (x) => ratio(x.dynamic.scriptMs, x.oneScanMs)],
        ['longest task ms', (x) => ms(x.dynamic.longestTaskMs)],
        ['people found / expected', (x) => `${x.dynamic.people} / ${x.dynamic.expectedPeople}`],
        ['wall ms', (x) => ms(x.dynamic.wallMs)],
        ['runs', (x) => `${x.runs.dynamic}/${x.runs.oneScan}`],
      ],
    ),
  budgets: (r) => [
    ratioAtMost(
      `${r.dynamic.paragraphs} paragraphs in ${r.dynamic.batches} batches vs one scan`,
      r.dynamic.scriptMs,
      r.oneScanMs,
      DYNAMIC_RATIO,
    ),
  ],
  method: `In-page harness (the engine bundled by esbuild with the people's matcher as the build
compiles it, injected after \`load\`; a new source per load, so every run is cold). A blank page;
the highlighter starts, then ${SHAPE.batches} batches of ${SHAPE.perBatch} \`<p>\` (one sentence
each, every fifth naming a person) are appended, one batch per animation frame. Script time = every
callback the highlighter registers (MutationObserver, requestAnimationFrame, setTimeout — timed by
patching those globals before it starts, each with the microtasks it queues) plus every slice after
a yield; the median of 3 runs. Compared with one scan of the same paragraphs already on the page
(median of \`--runs\` loads).`,
});
