/**
 * `npm run bench`: what Backstory costs a user (DESIGN §5), in real Chromium. Each row is a
 * module in `scripts/bench/rows/`; this file lists them and reads the options. Writes
 * docs/benchmarks.md on a full run.
 *
 * Options: --runs=<n> (fresh tabs or loads per measurement, default 5), --only=<text>[,<text>…]
 * (pages whose name contains one; no docs written), --rows=<id>[,<id>…] (only these rows; no docs
 * written), --strict (exit 1 when a budget fails), --no-build (measure the .output/chrome-mv3
 * already there instead of running `wxt build`), --markjs (mark.js in the engine row, for scale),
 * --exact-headers (in-page harness served without COOP/COEP: 100 µs timers).
 * Where the engine's time goes: `node --import tsx scripts/bench/profile.ts`.
 */
import { existsSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeMachine, renderDoc, renderResults } from './bench/doc';
import { writeFloorExtension } from './bench/floor-extension';
import { createLab } from './bench/lab';
import { storedLibraryMatcher } from './bench/matchers';
import type { BenchContext, Measured, MeasuredPage, Row } from './bench/row';
import addArticle from './bench/rows/add-article';
import contentScript from './bench/rows/content-script';
import dynamic from './bench/rows/dynamic';
import engine from './bench/rows/engine';
import firstCard from './bench/rows/first-card';
import library, { storeMatcher } from './bench/rows/library';
import longestRun from './bench/rows/longest-run';
import matcherLoad from './bench/rows/matcher-load';
import pageCost from './bench/rows/page-cost';
import tinyFrames from './bench/rows/tiny-frames';
import {
  type BenchSession,
  benchPages,
  loadAverage,
  openSession,
  ROOT,
  revision,
  startBenchServer,
} from './bench/setup';
import { buildShipped, copyShipped } from './bench/shipped-build';

/** The rows, in the order they run and are reported. */
const ROWS: readonly Row<unknown>[] = [
  pageCost,
  longestRun,
  tinyFrames,
  contentScript,
  library,
  matcherLoad,
  dynamic,
  firstCard,
  engine,
  // Last: it adds articles to the shipped build's library (and deletes them).
  addArticle,
];

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

async function main() {
  const started = Date.now();
  const loadAtStart = loadAverage();
  const only = option('only');
  const rowIds = option('rows')?.split(',');
  const rows = ROWS.filter((row) => !rowIds || rowIds.includes(row.id));
  const runs = Number(option('runs') ?? 5);
  if (!flag('no-build')) {
    console.log('Building the chrome-mv3 extension (wxt build)…');
    buildShipped();
  }
  const shippedDir = copyShipped('shipped');
  const floorDir = writeFloorExtension();
  const library = storedLibraryMatcher();
  const server = await startBenchServer(false);
  const lab = createLab({
    floor: { name: 'floor', dir: floorDir, awaitHighlights: false },
    shipped: { name: 'shipped', dir: shippedDir, awaitHighlights: true },
    library: {
      name: 'shipped + library',
      dir: shippedDir,
      awaitHighlights: true,
      async prepare(browser) {
        const stored = await storeMatcher(browser, library);
        if (!stored) console.log('library: the background stored no matcher of its own');
      },
    },
  });
  let harness: Promise<BenchSession> | undefined;
  const flags = new Set(args.filter((a) => a.startsWith('--')).map((a) => a.slice(2)));
  try {
    const pages: MeasuredPage[] = [];
    for (const page of await benchPages(only)) {
      const url = `${server.origin}${page.path}`;
      pages.push({ ...page, url, textKB: page.textKB ?? (await lab.textKB(url)) });
    }
    console.log(
      `${pages.length} pages, ${runs} runs each; rows: ${rows.map((r) => r.id).join(', ')}. ` +
        `Load average ${loadAtStart}.`,
    );
    const context: BenchContext = {
      runs,
      pages,
      server,
      lab,
      shippedDir,
      harness: () => {
        harness ??= openSession({ isolate: !flag('exact-headers'), minify: true });
        return harness;
      },
      flags,
      log: (message) => console.log(message),
    };
    const measured: Measured[] = [];
    for (const row of rows) {
      const rowStarted = Date.now();
      const result = await row.measure(context);
      measured.push({ row, result, budgets: row.budgets(result) });
      console.log(`${row.id}: done in ${((Date.now() - rowStarted) / 1000).toFixed(0)} s`);
    }
    console.log(`\n${renderResults(measured)}\n`);
    const checks = measured.flatMap((m) => m.budgets);
    const failed = checks.filter((b) => !b.pass);
    const minutes = (Date.now() - started) / 60_000;
    console.log(
      `${checks.length - failed.length}/${checks.length} budgets met in ${minutes.toFixed(1)} min; ` +
        `load average ${loadAverage()}.`,
    );
    if (!only && !rowIds) {
      const docPath = path.join(ROOT, 'docs/benchmarks.md');
      const previous = existsSync(docPath) ? await readFile(docPath, 'utf8') : null;
      const browser = await lab.browser('floor');
      const doc = renderDoc({
        measured,
        machine: describeMachine(browser.context.browser()?.version() ?? 'unknown'),
        command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
        date: new Date().toISOString().slice(0, 16).replace('T', ' '),
        minutes,
        load: `${loadAtStart} at the start, ${loadAverage()} at the end`,
        revision: revision(),
        previous,
      });
      await writeFile(docPath, doc);
      console.log(`Wrote ${path.relative(process.cwd(), docPath)}.`);
    }
    if (failed.length && flag('strict')) process.exitCode = 1;
  } finally {
    await lab.close();
    if (harness) await (await harness).close();
    await server.close();
    rmSync(shippedDir, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
