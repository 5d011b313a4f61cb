/**
 * A page with 20 tiny frames (1×1 and 0×0, as ads and trackers embed them, some holding text with
 * names): what such frames cost, the shipped extension against the floor extension, both running
 * in every frame. Backstory must leave them alone for next to nothing (DESIGN §4 Frames).
 */
import { type BudgetCheck, SMALL_PAGE_EXTRA_MS } from '../budgets';
import { ms, table } from '../format';
import { defineRow } from '../row';
import { startServer } from '../server';
import { type CostSummary, summarizeRuns } from './page-cost';

/** The top page's own text: a few names, so the shipped build's run waits for its highlights. */
const TOP = `<p>John Kerry met Sergey Lavrov in Geneva; Vladimir Putin sent a message.</p>
<p>${'The talks went on into the evening while aides waited outside. '.repeat(20)}</p>`;

/** A tracker's frame document: a few words, one of them a name. */
const FRAME = '<!doctype html><body><p>John Kerry ad slot</p><img alt="" width="1" height="1">';

/** The page with `count` tiny frames: loaded by URL, srcdoc and empty, 1×1 and 0×0. */
function tinyFramesPage(count: number): string {
  const frames = Array.from({ length: count }, (_, i) => {
    const size = i % 2 ? 'width="0" height="0" style="border:0"' : 'width="1" height="1"';
    const content = [`src="/frame?${i}"`, 'srcdoc="<p>Barack Obama, sponsored</p>"', ''][i % 3];
    return `<iframe ${size} ${content} title="tracker ${i}"></iframe>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tiny frames</title>
</head><body>${TOP}${frames.join('\n')}</body></html>`;
}

/** The same page with and without its frames, per extension. */
export interface TinyFrames {
  cases: { name: string; floor: CostSummary; shipped: CostSummary }[];
  runs: number;
}

/**
 * What the 20 frames add to the page for the shipped extension against what they add for the
 * floor: ≤ the floor's + 5 ms (the small-page budget, given to the frames alone: the top page's
 * own cost is the page row's business).
 */
function framesBudget(alone: TinyFrames['cases'][number], framed: TinyFrames['cases'][number]) {
  const ours = framed.shipped.totalMs - alone.shipped.totalMs;
  const floor = framed.floor.totalMs - alone.floor.totalMs;
  const check: BudgetCheck = {
    what: 'tiny frames: what 20 tiny frames add',
    value: `${ms(ours)} ms vs the floor's ${ms(floor)} ms`,
    budget: `≤ the floor's + ${SMALL_PAGE_EXTRA_MS} ms`,
    pass: ours - floor <= SMALL_PAGE_EXTRA_MS,
  };
  return check;
}

export default defineRow<TinyFrames>({
  id: 'tiny-frames',
  title: 'A page with 20 tiny frames (1×1, 0×0): the shipped extension against the floor',
  async measure(context) {
    const server = await startServer({
      folders: {},
      charsets: new Map(),
      generated: { '/top': tinyFramesPage(0), '/tiny': tinyFramesPage(20), '/frame': FRAME },
      isolate: false,
    });
    try {
      const cases = [];
      for (const [name, path] of [
        ['top page alone', '/top'],
        ['with 20 tiny frames', '/tiny'],
      ] as const) {
        const runs = await context.lab.runs(
          `${server.origin}${path}`,
          ['floor', 'shipped'],
          context.runs,
        );
        cases.push({
          name,
          floor: summarizeRuns(runs.floor),
          shipped: summarizeRuns(runs.shipped),
        });
        context.log(`tiny-frames: ${name} done`);
      }
      return { cases, runs: context.runs };
    } finally {
      await server.close();
    }
  },
  table: (r) =>
    table(r.cases, [
      ['page', (c) => c.name],
      ['floor ms', (c) => ms(c.floor.totalMs)],
      ['compile ms', (c) => ms(c.shipped.compileMs)],
      ['script ms', (c) => ms(c.shipped.scriptMs)],
      ['shipped ms', (c) => ms(c.shipped.totalMs)],
      ['shipped − floor', (c) => ms(c.shipped.totalMs - c.floor.totalMs)],
      ['people highlighted (top)', (c) => String(c.shipped.people)],
      ['runs', () => String(r.runs)],
    ]),
  budgets: (r) => {
    const [alone, framed] = r.cases;
    if (!alone || !framed) return [];
    return [framesBudget(alone, framed)];
  },
  method: `A generated page (a short text with three names) alone, and with 20 tiny frames after
its text: 10 of 1×1 and 10 of 0×0 px, loaded by URL (a tracker-like document with a name in it),
\`srcdoc\` (a name) or empty, served by the row's own loopback server. Measured like the page row
(fresh tabs, alternating, compile + CPU-profile samples with an extension frame on the stack, all
frames in the page's renderer: site isolation is off in the bench's Chromium), with the floor
extension running in every frame too (\`all_frames\`, \`match_about_blank\`). Backstory's content
script compiles in every frame (from V8's cache after the first) and, in a frame under 16×8 px or
without text, stops before reading storage until the frame grows or gets text. Budget: what the
frames add to the page (with frames − alone) for Backstory ≤ what they add for the floor + 5 ms.`,
});
