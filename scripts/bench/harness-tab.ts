import type { Page } from 'playwright-core';
import { BIG_PAGE_KB } from './budgets';
import { createCpuMeter } from './cpu';
import { type DynamicRow, median, type NoNamesRow, type PageRow, type TenKRow } from './report';
import type { DynamicResult, FloorResult, MarkResult, MatcherChoice, ScanResult } from './types';

/** What `labels.json` says about a page, as far as the bench uses it. */
export interface PageLabel {
  charset?: string;
  category?: string;
  walk?: { node_count: number; text_length: number };
}

/** How many fresh loads each measurement gets. */
export interface RunCounts {
  /** Loads for the floor; mark.js rides on them, after the floor walks. */
  floor: number;
  /** Loads for Backstory on pages with at least `BIG_PAGE_KB` of text (the budget pages). */
  ours: number;
  /** Loads for Backstory on smaller pages. */
  oursSmall: number;
  /** mark.js runs on pages under `BIG_PAGE_KB` of text; one run on bigger pages. */
  mark: number;
}

let loads = 0;

/** Loads `url` afresh, waits for `load`, injects the harness and lets the page go quiet. */
export async function freshLoad(page: Page, url: string, harness: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // A source never injected before: V8 would otherwise hand this load the code it compiled for
  // an earlier one (all pages share the renderer of 127.0.0.1), or not, depending on how many
  // garbage collections flushed it since, and our side of a ratio moved 2× between runs. Every
  // load pays the compilation a content script pays on the first page of a site.
  loads++;
  await page.addScriptTag({ content: `${harness}\n// load ${loads}` });
  await page.evaluate(() => window.__bench.settle());
}

/** A browser tab the measurements run in, with renderer CPU time around each measurement. */
export interface Tab {
  page: Page;
  load(url: string): Promise<void>;
  /** Runs one in-page measurement; `cpuMs` is the renderer main thread's CPU time for it. */
  run<T>(measurement: () => Promise<T>): Promise<{ result: T; cpuMs: number | null }>;
}

/** Wraps `page` for measurements with the bundled `harness`. */
export function createTab(page: Page, harness: string): Tab {
  const meter = createCpuMeter();
  return {
    page,
    async load(url) {
      await freshLoad(page, url, harness);
      await meter.refresh(page);
    },
    run: (measurement) => meter.measure(measurement),
  };
}

/** One scan (its matcher compiled beforehand) measured with its CPU time, then its details. */
async function runScan(tab: Tab, choice: MatcherChoice) {
  await tab.page.evaluate((c) => window.__bench.compile(c), choice);
  const { result, cpuMs } = await tab.run(() =>
    tab.page.evaluate((c) => window.__bench.scan(c), choice),
  );
  const details = await tab.page.evaluate(() => window.__bench.scanDetails());
  return { result: { ...result, ...details } as ScanResult, cpuMs };
}

/** Median of values that may be unknown: unknown if any is. */
function medianOrNull(values: readonly (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : median(values as number[]);
}

async function repeat<T>(times: number, once: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < times; i++) results.push(await once(i));
  return results;
}

const pick = <T>(list: readonly T[], key: (item: T) => number) => median(list.map(key));
const worst = <T>(list: readonly T[], key: (item: T) => number) => Math.max(...list.map(key));

/**
 * Floor, Backstory and mark.js on one corpus page. The floor's first walk and every Backstory run
 * are on fresh loads, taking turns; mark.js runs last on a floor load, since it changes the DOM.
 */
export async function measurePage(
  tab: Tab,
  url: string,
  counts: RunCounts,
  label: PageLabel | undefined,
): Promise<Omit<PageRow, 'file' | 'folder'>> {
  const { page } = tab;
  let walkMatches: boolean | null = null;
  let textKB = 0;
  const marks: MarkResult[] = [];
  const floorLoad = async (i: number) => {
    await tab.load(url);
    const cold = await tab.run(() => page.evaluate(() => window.__bench.floor()));
    const warm = await page.evaluate(() => window.__bench.floor());
    if (i === 0) {
      const walk = await page.evaluate(() => window.__bench.labelWalk());
      textKB = walk.textLength / 1024;
      if (label?.walk) {
        const { node_count, text_length } = label.walk;
        walkMatches = walk.nodeCount === node_count && walk.textLength === text_length;
      }
    }
    const big = textKB >= BIG_PAGE_KB;
    if (i < (big ? 1 : counts.mark)) {
      await page.evaluate(() => window.__bench.settle());
      marks.push(await page.evaluate(() => window.__bench.mark()));
    }
    return { cold: cold.result, cpuMs: cold.cpuMs, warm };
  };
  const scanLoad = async () => {
    await tab.load(url);
    return runScan(tab, 'real');
  };
  // Floor and Backstory loads take turns, so a machine getting busier or quieter during the
  // page's measurements moves both sides of the ratio alike.
  const floors = [await floorLoad(0)];
  const scans: Awaited<ReturnType<typeof scanLoad>>[] = [];
  const scanRuns = textKB >= BIG_PAGE_KB ? counts.ours : counts.oursSmall;
  for (let i = 0; i < Math.max(counts.floor, scanRuns); i++) {
    if (i < scanRuns) scans.push(await scanLoad());
    if (i + 1 < counts.floor) floors.push(await floorLoad(i + 1));
  }
  const first = floors[0]?.cold as FloorResult;
  return {
    textKB,
    nodes: first.nodes,
    floorMs: pick(floors, (f) => f.cold.ms),
    floorCpuMs: medianOrNull(floors.map((f) => f.cpuMs)),
    floorWarmMs: pick(floors, (f) => f.warm.ms),
    ...scanSummary(scans),
    markMs: pick(marks, (m) => m.ms),
    marks: marks[0]?.marks ?? 0,
    runs: { floor: floors.length, ours: scans.length, mark: marks.length },
    walkMatches,
    category: label?.category ?? 'unlabelled',
  };
}

function scanSummary(runs: readonly { result: ScanResult; cpuMs: number | null }[]) {
  const scans = runs.map((r) => r.result);
  return {
    scriptMs: pick(scans, (s) => s.scriptMs),
    scriptCpuMs: medianOrNull(runs.map((r) => r.cpuMs)),
    wallMs: pick(scans, (s) => s.wallMs),
    compileMs: pick(scans, (s) => s.compileMs),
    longestSliceMs: worst(scans, (s) => s.longestSliceMs),
    longTasks: worst(scans, (s) => s.longTasks),
    mentions: scans[0]?.mentions ?? 0,
    people: scans[0]?.people ?? 0,
    matcherSize: scans[0]?.matcherSize ?? 0,
  };
}

/** The page scanned with another matcher (10,000 extra aliases, or every kind switched on). */
export async function measureTenK(
  tab: Tab,
  url: string,
  runs: number,
  base: PageRow,
  choice: MatcherChoice = 'synthetic10k',
): Promise<TenKRow> {
  const scans = await repeat(runs, async () => {
    await tab.load(url);
    return runScan(tab, choice);
  });
  const { file, textKB, floorMs, floorCpuMs } = base;
  return { file, textKB, floorMs, floorCpuMs, ...scanSummary(scans), runs };
}

/** Paragraphs appended in batches while Backstory watches, vs one scan of them all. */
export async function measureDynamic(
  tab: Tab,
  blankUrl: string,
  runs: { dynamic: number; oneScan: number },
  shape: { batches: number; perBatch: number },
): Promise<DynamicRow> {
  const { page } = tab;
  const dynamics = await repeat(runs.dynamic, async () => {
    await tab.load(blankUrl);
    return page.evaluate((s) => window.__bench.dynamic(s.batches, s.perBatch), shape);
  });
  const scans = await repeat(runs.oneScan, async () => {
    await tab.load(blankUrl);
    await page.evaluate((n) => window.__bench.appendParagraphs(n), shape.batches * shape.perBatch);
    await page.evaluate(() => window.__bench.settle());
    return (await runScan(tab, 'real')).result;
  });
  const byScript = [...dynamics].sort((a, b) => a.scriptMs - b.scriptMs);
  const mid = byScript[byScript.length >> 1] as DynamicResult;
  return {
    dynamic: { ...mid, longestTaskMs: worst(dynamics, (d) => d.longestTaskMs) },
    oneScanMs: pick(scans, (s) => s.scriptMs),
    oneScanWallMs: pick(scans, (s) => s.wallMs),
    runs: { dynamic: dynamics.length, oneScan: scans.length },
  };
}

/** Compile plus scan on a page without names, as the content script does on every page. */
export async function measureNoNames(
  tab: Tab,
  url: string,
  name: string,
  runs: number,
): Promise<NoNamesRow> {
  let textKB = 0;
  const scans = await repeat(runs, async () => {
    await tab.load(url);
    // Not runScan: the compile is part of what a content script costs on such a page.
    const { result, cpuMs } = await tab.run(() =>
      tab.page.evaluate(() => window.__bench.scan('real')),
    );
    const details = await tab.page.evaluate(() => window.__bench.scanDetails());
    // Walked after the scan, so the scan meets the page's nodes cold, as on a real load.
    textKB = (await tab.page.evaluate(() => window.__bench.labelWalk())).textLength / 1024;
    return { result: { ...result, ...details }, cpuMs };
  });
  const summary = scanSummary(scans);
  return {
    name,
    textKB,
    compileMs: summary.compileMs,
    scriptMs: summary.scriptMs,
    cpuMs: summary.scriptCpuMs,
    mentions: worst(scans, (s) => s.result.mentions),
    runs,
  };
}
