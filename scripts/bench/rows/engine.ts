/**
 * The engine in the page, for information (not a budget): the scan against a bare walk on the big
 * pages, with the in-page harness. It is how the scan is tuned; on pages whose walk takes 1 ms its
 * ratio measures V8's first-call compilation more than the engine.
 */
import { BIG_PAGE_KB } from '../budgets';
import { cpuRatio, kb, ms, ratio, short, table } from '../format';
import { createTab, runScan, scanSummary, type Tab } from '../harness-tab';
import { defineRow, type MeasuredPage } from '../row';
import { median, medianOrNull } from '../stats';
import type { MarkResult } from '../types';

/** One page: the walk and the scan, medians over fresh loads. */
export interface EngineRow extends ReturnType<typeof scanSummary> {
  page: MeasuredPage;
  nodes: number;
  floorMs: number;
  floorCpuMs: number | null;
  /** mark.js for scale (`--markjs`), NaN without it. */
  markMs: number;
  runs: number;
}

async function floorLoad(tab: Tab, url: string, mark: boolean) {
  await tab.load(url);
  const cold = await tab.run(() => tab.page.evaluate(() => window.__bench.floor()));
  let marked: MarkResult | null = null;
  if (mark) {
    await tab.page.evaluate(() => window.__bench.settle());
    marked = await tab.page.evaluate(() => window.__bench.mark());
  }
  return { ...cold, marked };
}

export default defineRow<EngineRow[]>({
  id: 'engine',
  title: 'The engine in the page (for information)',
  async measure(context) {
    const session = await context.harness();
    const tab = createTab(await session.context.newPage(), session.harness);
    const rows: EngineRow[] = [];
    try {
      for (const page of context.pages.filter((p) => p.textKB >= BIG_PAGE_KB)) {
        const url = `${session.server.origin}${page.path}`;
        const floors: Awaited<ReturnType<typeof floorLoad>>[] = [];
        const scans: Awaited<ReturnType<typeof runScan>>[] = [];
        // Floor and scan loads take turns; mark.js (it changes the DOM) after the first walk.
        for (let i = 0; i < context.runs; i++) {
          floors.push(await floorLoad(tab, url, i === 0 && context.flags.has('markjs')));
          await tab.load(url);
          scans.push(await runScan(tab, 'real'));
        }
        rows.push({
          page,
          nodes: floors[0]?.result.nodes ?? 0,
          floorMs: median(floors.map((f) => f.result.ms)),
          floorCpuMs: medianOrNull(floors.map((f) => f.cpuMs)),
          ...scanSummary(scans),
          markMs: floors[0]?.marked?.ms ?? Number.NaN,
          runs: scans.length,
        });
        context.log(`engine: ${page.name}`);
      }
    } finally {
      await tab.page.close();
    }
    return rows;
  },
  table: (rows) =>
    table(rows, [
      ['page', (r) => `${r.page.folder}/${short(r.page.name)}`],
      ['text KB', (r) => kb(r.page.textKB)],
      ['text nodes', (r) => String(r.nodes)],
      ['walk ms', (r) => ms(r.floorMs)],
      ['scan ms', (r) => ms(r.scriptMs)],
      ['ratio', (r) => ratio(r.scriptMs, r.floorMs)],
      ['CPU ratio', (r) => cpuRatio(r.scriptCpuMs, r.floorCpuMs)],
      ['longest slice ms', (r) => ms(r.longestSliceMs)],
      ['mentions (people)', (r) => `${r.mentions} (${r.people})`],
      ['mark.js ms', (r) => ms(r.markMs)],
      ['runs', (r) => String(r.runs)],
    ]),
  budgets: () => [],
  method: `In-page harness, pages with ≥ ${BIG_PAGE_KB} KB of text, served cross-origin isolated
(COOP/COEP, so \`performance.now()\` has 5 µs resolution). *walk*: one bare \`TreeWalker\` over
\`document.body\` reading every node's \`data\`, the first walk after a fresh load. *scan*: the
people's matcher (built from the data the build compiles, timed apart) and \`startPageHighlighter\`
until \`settled()\`, the sum of its slices between yields. Loads alternate; medians. *CPU ratio*:
the same two as CPU time of the renderer's main thread (\`/proc/<pid>/task/<pid>/schedstat\` around
the \`page.evaluate\`). *mark.js* (\`--markjs\`): one \`mark()\` with the people's aliases, for scale.`,
});
