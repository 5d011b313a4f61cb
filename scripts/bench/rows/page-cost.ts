/**
 * Every page: what the shipped extension costs a page against the floor extension, both loaded
 * as extensions and measured from outside the page on alternating fresh tabs.
 */
import { BIG_PAGE_KB, BIG_PAGE_RATIO, pageBudget, SMALL_PAGE_EXTRA_MS } from '../budgets';
import type { ExtensionRun } from '../extension';
import { kb, ms, short, table } from '../format';
import { type BenchContext, defineRow, type MeasuredPage } from '../row';
import { median } from '../stats';

/** Medians of one extension's runs on a page. */
export interface CostSummary {
  compileMs: number;
  scriptMs: number;
  /** Median of each run's compile + script. */
  totalMs: number;
  people: number;
}

/** Medians of `runs` (people: the most any run highlighted). */
export function summarizeRuns(runs: readonly ExtensionRun[]): CostSummary {
  return {
    compileMs: median(runs.map((r) => r.compileMs)),
    scriptMs: median(runs.map((r) => r.scriptMs)),
    totalMs: median(runs.map((r) => r.compileMs + r.scriptMs)),
    people: Math.max(0, ...runs.map((r) => r.people)),
  };
}

/** One page: the floor's and the shipped build's medians. */
export interface PageCost {
  page: MeasuredPage;
  floor: CostSummary;
  shipped: CostSummary;
  runs: number;
}

/**
 * The floor's and the shipped build's runs on every page (shared with the longest-run row, which
 * reads the same runs: `log` only where they are made).
 */
export async function floorAndShipped(context: BenchContext, log = false) {
  const measured = [];
  for (const [i, page] of context.pages.entries()) {
    const started = Date.now();
    const runs = await context.lab.runs(page.url, ['floor', 'shipped'], context.runs);
    measured.push({ page, runs });
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    if (log) context.log(`[${i + 1}/${context.pages.length}] ${page.name} (${secs} s)`);
  }
  return measured;
}

const vsFloor = (r: PageCost) =>
  r.page.textKB >= BIG_PAGE_KB
    ? `${(r.shipped.totalMs / r.floor.totalMs).toFixed(2)}×`
    : `+${ms(r.shipped.totalMs - r.floor.totalMs)} ms`;

export default defineRow<PageCost[]>({
  id: 'pages',
  title: 'Every page: the shipped extension against the floor extension',
  async measure(context) {
    return (await floorAndShipped(context, true)).map(({ page, runs }) => ({
      page,
      floor: summarizeRuns(runs.floor),
      shipped: summarizeRuns(runs.shipped),
      runs: runs.shipped.length,
    }));
  },
  table: (rows) =>
    table(rows, [
      ['page', (r) => `${r.page.folder}/${short(r.page.name)}`],
      ['text KB', (r) => kb(r.page.textKB)],
      ['labels', (r) => r.page.category],
      ['floor ms', (r) => ms(r.floor.totalMs)],
      ['compile ms', (r) => ms(r.shipped.compileMs)],
      ['script ms', (r) => ms(r.shipped.scriptMs)],
      ['shipped ms', (r) => ms(r.shipped.totalMs)],
      ['vs floor', vsFloor],
      ['people highlighted', (r) => String(r.shipped.people)],
      ['runs', (r) => String(r.runs)],
    ]),
  budgets: (rows) =>
    rows.map((r) =>
      pageBudget(`page: ${short(r.page.name)}`, r.page.textKB, r.shipped.totalMs, r.floor.totalMs),
    ),
  method: `Every corpus page (\`pages/\` and \`bench/\`) and the bench's own pages (lorem and
generated news, 50 and 300 KB), each loaded in fresh tabs of two Chromiums: one with the **floor
extension** (written by the bench: a manifest and one content script on \`<all_urls>\`,
\`document_idle\`, in every frame as the shipped build, that walks \`document.body\` with a
\`TreeWalker\` reading every text node's \`data\`), one with the **shipped build** (\`wxt build\`'s chrome-mv3, copied aside). Their
runs alternate, the order flipping every round. Per tab (\`extension.ts\`): a V8 CPU profile (100 µs
samples) and a trace from before the navigation until the load plus a quiet time (and, for
Backstory, its highlights where the page has names). *compile* is the thread time of V8's
\`v8.compile\` events for the extension's scripts on the page's main thread, plus its
\`v8.parseOnBackground\` events for them on the page process's other threads (the page module is
streamed and compiled there: off the main thread, but CPU all the same); *script* the samples
with one of the extension's frames on the stack, each weighted by the CPU share of the trace task it
fell in (thread time over wall time: a page loading on 2 cores waits for a CPU about half the
time). Columns are medians of compile + script per run. What any extension pays to exist (the
isolated world, the injection) is in neither side. Budget: ≤ ${BIG_PAGE_RATIO}× the floor on pages
with ≥ ${BIG_PAGE_KB} KB of text (the corpus README's walk), ≤ the floor + ${SMALL_PAGE_EXTRA_MS} ms
on smaller ones.`,
});
