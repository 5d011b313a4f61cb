/**
 * Where Backstory's scan time goes, page by page: `node --import tsx scripts/bench/profile.ts`
 * [--only=<text>] [--runs=<n>] [--exact-headers]. On pages with ≥ 100 KB of text (or the --only
 * ones) times the floor, the scan's text collection alone, collection + search + findMentions,
 * the same + ranges, and the real scan, each on fresh loads (in-page ms and renderer CPU ms), then prints the top
 * functions by self time in a V8 CPU profile of one real scan (unminified harness).
 */
import type { Page } from 'playwright-core';
import { createTab, freshLoad, type Tab } from './harness-tab';
import { benchPages, loadAverage, openSession } from './setup';
import { median } from './stats';

const args = process.argv.slice(2);
const option = (name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Self time per function in a CPU profile of one real scan, largest first. */
async function profileScan(page: Page, url: string, harness: string): Promise<string[]> {
  await freshLoad(page, url, harness);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.evaluate(() => window.__bench.scan('real'));
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const byId = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n as ProfileNode]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const name = frame?.functionName || '(anonymous)';
    if (!frame || name === '(idle)' || name === '(program)') return;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const where = frame.url ? `:${frame.lineNumber + 1}` : '';
    self.set(`${name}${where}`, (self.get(`${name}${where}`) ?? 0) + ms);
    total += ms;
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(
      ([name, ms]) =>
        `  ${ms.toFixed(1).padStart(7)} ms ${((100 * ms) / total).toFixed(0).padStart(3)}%  ${name}`,
    );
}

/** Runs one measurement per fresh load; in-page ms and renderer CPU ms, medians and all values. */
async function cell(tab: Tab, url: string, runs: number, measure: (page: Page) => Promise<number>) {
  const inPage: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    await tab.load(url);
    await tab.page.evaluate(() => window.__bench.compile('real'));
    const { result, cpuMs } = await tab.run(() => measure(tab.page));
    inPage.push(result);
    cpu.push(cpuMs ?? Number.NaN);
  }
  const list = (values: number[]) => values.map((v) => v.toFixed(1)).join('/');
  return {
    ms: median(inPage),
    cpu: median(cpu),
    text: `${median(inPage).toFixed(2)} ms [${list(inPage)}], CPU ${median(cpu).toFixed(2)} [${list(cpu)}]`,
  };
}

async function main() {
  const runs = Number(option('runs') ?? 3);
  const session = await openSession({ isolate: !args.includes('--exact-headers'), minify: false });
  const { context, server, harness } = session;
  const pages = await benchPages(option('only'));
  console.log(`Load average ${loadAverage()}; ${runs} fresh loads per cell, median [all runs].`);
  const tab = createTab(await context.newPage(), harness);
  try {
    for (const { name, path } of pages) {
      const url = `${server.origin}${path}`;
      await tab.load(url);
      const { chars } = await tab.page.evaluate(() => window.__bench.floor());
      if (!option('only') && chars < 100 * 1024) continue;
      await tab.load(url);
      const cold = await tab.page.evaluate(() => window.__bench.compile('real'));
      const warm = await tab.page.evaluate(() => window.__bench.compile('real'));
      console.log(
        `\n${name}: ${(chars / 1024).toFixed(0)} KB of text; matcher compile ${cold.toFixed(2)} ms cold, ${warm.toFixed(2)} warm`,
      );
      const floor = await cell(
        tab,
        url,
        runs,
        async (page) => (await page.evaluate(() => window.__bench.floor())).ms,
      );
      console.log(`  floor      ${floor.text}`);
      for (const stage of ['walk', 'match', 'ranges'] as const) {
        const result = await cell(
          tab,
          url,
          runs,
          async (page) => (await page.evaluate((s) => window.__bench.breakdown(s), stage)).ms,
        );
        console.log(
          `  ${stage.padEnd(10)} ${result.text}; CPU ${(result.cpu / floor.cpu).toFixed(1)}× the floor`,
        );
      }
      const scan = await cell(
        tab,
        url,
        runs,
        async (page) => (await page.evaluate(() => window.__bench.scan('real'))).scriptMs,
      );
      console.log(`  real scan  ${scan.text}; CPU ${(scan.cpu / floor.cpu).toFixed(1)}× the floor`);
      console.log('  CPU profile of one real scan, self time:');
      console.log((await profileScan(tab.page, url, harness)).join('\n'));
    }
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
