/**
 * `npm run bench`: measures Backstory against a bare text walk and mark.js on the real-page corpus
 * in headless Chromium, checks the DESIGN §5 budgets and writes docs/benchmarks.md.
 *
 * Options: --strict (exit 1 when a budget fails), --only=<text>[,<text>…] (pages whose name contains one; no
 * docs written), --runs=<n> (fresh loads per floor/Backstory measurement, default 5),
 * --exact-headers (serve without COOP/COEP, so timers have 100 µs resolution), --shipped (with
 * --only: also build the extension and measure the shipped content script, as full runs do).
 * Where the time goes: `node --import tsx scripts/bench/profile.ts`.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BIG_PAGE_KB, checkBudgets } from './bench/budgets';
import { describeMachine, renderDoc } from './bench/doc';
import {
  type BenchReport,
  type NoNamesRow,
  type PageRow,
  renderTables,
  type TenKRow,
} from './bench/report';
import {
  createTab,
  measureDynamic,
  measureNoNames,
  measurePage,
  measureTenK,
  type RunCounts,
} from './bench/runs';
import { type BenchSession, loadAverage, openSession, ROOT, revision } from './bench/setup';
import { buildShipped, measureShipped, SHIPPED_RUNS } from './bench/shipped';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

async function measureAll(
  session: BenchSession,
  counts: RunCounts,
  options: { shipped: boolean },
): Promise<BenchReport> {
  const { server, context, harness, labels, files } = session;
  const pages: PageRow[] = [];
  for (const [i, { folder, file }] of files.entries()) {
    const started = Date.now();
    const page = await context.newPage();
    const url = server.url(folder, file);
    const row = await measurePage(createTab(page, harness), url, counts, labels.get(file));
    await page.close();
    pages.push({ file, folder, ...row });
    const ratio = (row.scriptMs / row.floorMs).toFixed(2);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`[${i + 1}/${files.length}] ${file}: ${ratio}× the floor (${secs} s)`);
  }
  const tab = createTab(await context.newPage(), harness);
  const bySize = [...pages].sort((a, b) => b.textKB - a.textKB);
  const tenK: TenKRow[] = [];
  for (const row of bySize.filter((r, i) => i < 3 || r.textKB >= BIG_PAGE_KB)) {
    tenK.push(await measureTenK(tab, server.url(row.folder, row.file), 3, row));
    console.log(`10k aliases: ${row.file}`);
  }
  const allKinds: TenKRow[] = [];
  for (const row of bySize.filter((r) => r.textKB >= BIG_PAGE_KB)) {
    allKinds.push(await measureTenK(tab, server.url(row.folder, row.file), 3, row, 'allKinds'));
  }
  console.log('every kind switched on: done');
  const dynamic = await measureDynamic(
    tab,
    `${server.origin}/blank`,
    { dynamic: 3, oneScan: counts.ours },
    { batches: 100, perBatch: 100 },
  );
  console.log('dynamic page: done');
  const lorem = `${server.origin}/lorem`;
  const noNames: NoNamesRow[] = [
    await measureNoNames(tab, lorem, 'generated 50 KB lorem', counts.ours),
    ...pages
      .filter((r) => r.category === 'no-names')
      .map((r) => ({
        name: r.file,
        textKB: r.textKB,
        compileMs: r.compileMs,
        scriptMs: r.scriptMs,
        // The scan's CPU time only: on corpus pages the matcher is compiled before.
        cpuMs: r.scriptCpuMs === null ? null : r.scriptCpuMs + r.compileMs,
        mentions: r.mentions,
        runs: r.runs.ours,
      })),
  ];
  // The shipped build, on full runs: it builds the extension and starts a browser of its own.
  const shipped = options.shipped
    ? await measureShipped([
        { name: 'generated 50 KB lorem', url: lorem, runs: SHIPPED_RUNS },
        ...pages
          .filter((r) => r.category === 'no-names')
          .map((r) => ({ name: r.file, url: server.url(r.folder, r.file), runs: 5 })),
      ])
    : [];
  if (options.shipped) console.log('shipped content script: done');
  const partial = { pages, tenK, allKinds, dynamic, noNames, shipped };
  return { ...partial, budgets: checkBudgets(partial) };
}

async function main() {
  const started = Date.now();
  const loadAtStart = loadAverage();
  const only = option('only');
  const runs = Number(option('runs') ?? 5);
  const small = Math.min(runs, 3);
  const counts: RunCounts = { floor: runs, ours: runs, oursSmall: small, mark: small };
  const isolate = !flag('exact-headers');
  const session = await openSession({ only, isolate, minify: true });
  const { browser, files } = session;
  console.log(
    `Chromium ${browser.version()}, ${files.length} pages. Fresh loads per page: floor ${counts.floor}, ` +
      `Backstory ${counts.ours} (${counts.oursSmall} on pages under ${BIG_PAGE_KB} KB of text); ` +
      `mark.js ${counts.mark} runs (1 on pages with ≥ ${BIG_PAGE_KB} KB), on the floor loads` +
      `${isolate ? '; cross-origin isolated (5 µs timers)' : ''}. Load average ${loadAtStart}.`,
  );
  try {
    const shipped = !only || flag('shipped');
    if (shipped) buildShipped();
    const report = await measureAll(session, counts, { shipped });
    console.log(`\n${renderTables(report)}\n`);
    const failed = report.budgets.filter((b) => !b.pass);
    const minutes = (Date.now() - started) / 60_000;
    const met = `${report.budgets.length - failed.length}/${report.budgets.length}`;
    console.log(`${met} budgets met in ${minutes.toFixed(1)} min; load average ${loadAverage()}.`);
    if (!only) {
      const docPath = path.join(ROOT, 'docs/benchmarks.md');
      const previous = existsSync(docPath) ? await readFile(docPath, 'utf8') : null;
      const doc = renderDoc({
        report,
        machine: describeMachine(browser.version()),
        command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
        date: new Date().toISOString().slice(0, 16).replace('T', ' '),
        minutes,
        isolated: isolate,
        load: `${loadAtStart} at the start, ${loadAverage()} at the end`,
        revision: revision(),
        previous,
      });
      await writeFile(docPath, doc);
      console.log(`Wrote ${path.relative(process.cwd(), docPath)}.`);
    }
    if (failed.length && flag('strict')) process.exitCode = 1;
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
