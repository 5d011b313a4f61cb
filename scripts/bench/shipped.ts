/**
 * What the shipped content script costs a page: the chrome-mv3 build loaded into Chromium as an
 * extension, every page load measured from the outside (nothing of ours is changed or injected).
 * The in-page harness times the engine alone; this also counts what every page pays before the
 * engine starts: compiling the bundle, running its top level, reading the settings, starting up.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { cpuShareOfTasks, sampledMsWhere, type ThreadTask } from './profile-samples';
import { median, type ShippedRow } from './report';
import { CHROMIUM_EXECUTABLE, onlyLoopback, QUIET_CHROMIUM_FLAGS, ROOT } from './setup';

/** The extension build this measures (made by `buildShipped`). */
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const EXTENSION_PREFIX = 'chrome-extension://';
/** The content script's file in the build. */
const CONTENT_SCRIPT = '/content-scripts/content.js';
/** How long after our highlights appear the page is watched for more of our work. */
export const QUIET_MS = 600;
/** Fresh tabs on the budget page (the lorem page); the corpus pages get 5. */
export const SHIPPED_RUNS = 15;

/** One page load's cost of the content script, in main-thread ms. */
export interface ShippedRun {
  /** Compiling the bundle before it runs (V8's `v8.compile` trace event for content.js). */
  compileMs: number;
  /** Sampled time with a frame of ours on the stack: top level, start-up and the scan. */
  scriptMs: number;
  /** Highlights of people the page got (0 on a page without names). */
  people: number;
}

/** Builds the chrome-mv3 extension as `npm run build` does, so the bench measures this tree. */
export function buildShipped(): void {
  const result = spawnSync('npx', ['wxt', 'build', '-b', 'chrome', '--mv3'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0 || !existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `wxt build failed, so the shipped content script cannot be measured:\n${result.stderr}`,
    );
  }
}

/** The fields of a Chrome trace event this reads. */
interface TraceEvent {
  name: string;
  cat?: string;
  pid?: number;
  tid?: number;
  ts?: number;
  dur?: number;
  /** Thread (CPU) time, µs. */
  tdur?: number;
  args?: { data?: { url?: string } };
}

async function loadAndMeasure(context: BrowserContext, url: string): Promise<ShippedRun> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) =>
      events.push(...(value as unknown as TraceEvent[])),
    );
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['v8', 'toplevel'] },
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // Our highlights registered: the content script ran and its highlighter started.
    await page.waitForFunction(() => CSS.highlights.has('backstory-person'), undefined, {
      timeout: 15_000,
      polling: 50,
    });
    await page.waitForTimeout(QUIET_MS);
    const { profile } = await cdp.send('Profiler.stop');
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    // The content script's compile (the trace also holds the service worker's, if it woke).
    const isOurContentScript = (url = '') =>
      url.startsWith(EXTENSION_PREFIX) && url.endsWith(CONTENT_SCRIPT);
    const compiles = events.filter(
      (e) => e.name === 'v8.compile' && isOurContentScript(e.args?.data?.url),
    );
    // The page's main thread: where V8 compiled our script.
    const main = compiles[0];
    if (!main) throw new Error(`no v8.compile of ${CONTENT_SCRIPT} in the trace of ${url}`);
    const tasks = events.filter(
      (e): e is TraceEvent & ThreadTask =>
        e.cat === 'toplevel' &&
        e.pid === main.pid &&
        e.tid === main.tid &&
        e.dur !== undefined &&
        e.tdur !== undefined,
    );
    // Thread time (CPU), not wall-clock: the content script runs while the page loads.
    const compileUs = compiles.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0);
    const people = await page.evaluate(() => CSS.highlights.get('backstory-person')?.size ?? 0);
    return {
      compileMs: compileUs / 1000,
      scriptMs: sampledMsWhere(
        profile,
        (url) => url.startsWith(EXTENSION_PREFIX),
        cpuShareOfTasks(tasks),
      ),
      people,
    };
  } finally {
    await page.close();
  }
}

/** A Chromium with an extension build loaded, measuring one fresh page load at a time. */
export interface ShippedBrowser {
  load(url: string): Promise<ShippedRun>;
  close(): Promise<void>;
}

/** Launches Chromium with the build in `extensionDir` (default: the chrome-mv3 build). */
export async function openShipped(extensionDir = EXTENSION_DIR): Promise<ShippedBrowser> {
  // Extensions need the new headless mode, which playwright starts as a headed browser.
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_EXECUTABLE,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...QUIET_CHROMIUM_FLAGS,
    ],
  });
  await onlyLoopback(context);
  if (!context.serviceWorkers().some((w) => w.url().startsWith(EXTENSION_PREFIX))) {
    await context.waitForEvent('serviceworker', { timeout: 15_000 });
  }
  return { load: (url) => loadAndMeasure(context, url), close: () => context.close() };
}

/** The medians over fresh tabs of each page, in one Chromium with the chrome-mv3 build loaded. */
export async function measureShipped(
  pages: readonly { name: string; url: string; runs: number }[],
): Promise<ShippedRow[]> {
  const browser = await openShipped();
  try {
    // One load first: the browser's own first-page costs are not the content script's.
    if (pages[0]) await browser.load(pages[0].url);
    const rows: ShippedRow[] = [];
    for (const { name, url, runs } of pages) {
      const loads: ShippedRun[] = [];
      for (let i = 0; i < runs; i++) loads.push(await browser.load(url));
      rows.push({
        name,
        compileMs: median(loads.map((l) => l.compileMs)),
        scriptMs: median(loads.map((l) => l.scriptMs)),
        people: Math.max(...loads.map((l) => l.people)),
        runs,
      });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
