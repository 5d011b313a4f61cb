/** A tab of the in-page harness: fresh loads with the harness injected, CPU time around each measurement. */
import type { Page } from 'playwright-core';
import { createCpuMeter } from './cpu';
import { median, medianOrNull, worst } from './stats';
import type { MatcherChoice, ScanResult } from './types';

/** What `labels.json` says about a page, as far as the bench uses it. */
export interface PageLabel {
  charset?: string;
  category?: string;
  walk?: { node_count: number; text_length: number };
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
export async function runScan(tab: Tab, choice: MatcherChoice) {
  await tab.page.evaluate((c) => window.__bench.compile(c), choice);
  const { result, cpuMs } = await tab.run(() =>
    tab.page.evaluate((c) => window.__bench.scan(c), choice),
  );
  const details = await tab.page.evaluate(() => window.__bench.scanDetails());
  return { result: { ...result, ...details } as ScanResult, cpuMs };
}

/** `once(i)` for i = 0 … times − 1, one after the other. */
export async function repeat<T>(times: number, once: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < times; i++) results.push(await once(i));
  return results;
}

/** Medians of scans (worst of their slices and long tasks). */
export function scanSummary(runs: readonly { result: ScanResult; cpuMs: number | null }[]) {
  const scans = runs.map((r) => r.result);
  return {
    scriptMs: median(scans.map((s) => s.scriptMs)),
    scriptCpuMs: medianOrNull(runs.map((r) => r.cpuMs)),
    wallMs: median(scans.map((s) => s.wallMs)),
    compileMs: median(scans.map((s) => s.compileMs)),
    longestSliceMs: worst(scans.map((s) => s.longestSliceMs)),
    longTasks: worst(scans.map((s) => s.longTasks)),
    mentions: scans[0]?.mentions ?? 0,
    people: scans[0]?.people ?? 0,
    matcherSize: scans[0]?.matcherSize ?? 0,
  };
}
