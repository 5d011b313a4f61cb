/** Loading the stored 10,000-alias matcher on a page: what the content script does with it, cold. */
import { atMost, MATCHER_LOAD_MS } from '../budgets';
import { kb, ms, table } from '../format';
import { createTab, repeat } from '../harness-tab';
import { LIBRARY_ALIASES, storedLibraryMatcher } from '../matchers';
import { defineRow } from '../row';
import { median } from '../stats';

/** Medians over fresh loads. */
export interface MatcherLoadRow {
  dataKB: number;
  size: number;
  parseMs: number;
  buildMs: number;
  totalMs: number;
  runs: number;
}

export default defineRow<MatcherLoadRow>({
  id: 'matcher-load',
  title: 'Loading the library matcher on a page',
  async measure(context) {
    const stored = storedLibraryMatcher();
    const text = stored.index + stored.rules + stored.trees;
    const session = await context.harness();
    const tab = createTab(await session.context.newPage(), session.harness);
    try {
      const loads = await repeat(context.runs, async () => {
        await tab.load(`${session.server.origin}/lorem`);
        return tab.page.evaluate((m) => window.__bench.loadMatcher(m), stored);
      });
      return {
        dataKB: text.length / 1024,
        size: loads[0]?.size ?? 0,
        parseMs: median(loads.map((l) => l.parseMs)),
        buildMs: median(loads.map((l) => l.buildMs)),
        totalMs: median(loads.map((l) => l.parseMs + l.buildMs)),
        runs: loads.length,
      };
    } finally {
      await tab.page.close();
    }
  },
  table: (r) =>
    table(
      [r],
      [
        ['data KB (JSON)', (x) => kb(x.dataKB)],
        ['alias variants', (x) => String(x.size)],
        ['JSON.parse ms', (x) => ms(x.parseMs)],
        ['matcherFromData ms', (x) => ms(x.buildMs)],
        ['total ms', (x) => ms(x.totalMs)],
        ['runs', (x) => String(x.runs)],
      ],
    ),
  budgets: (r) => [
    atMost(
      'library matcher loaded on a page',
      r.totalMs,
      MATCHER_LOAD_MS,
      'ms',
      `parse ${ms(r.parseMs)} + build ${ms(r.buildMs)}`,
    ),
  ],
  method: `The in-page harness on a fresh load of the 50 KB lorem page (a new harness source each
time, so \`matcherFromData\` runs cold, as on a content script's first page): the library's
\`MatcherData\` (the people plus ${LIBRARY_ALIASES.toLocaleString('en')} synthetic names, as the
library row stores it) handed in as JSON text, then \`JSON.parse\` (standing in for the browser
turning the stored value into an object for \`storage.local.get\`) and \`matcherFromData\`, each
timed with \`performance.now()\`. Its expressions compile on first use, in the scan, which the
library row counts.`,
});
