/**
 * Any unpacked Chromium extension, loaded into a Chromium of its own, measured on fresh tabs from
 * outside the page: nothing of ours is injected or changed. The floor extension and the shipped
 * build are measured by this same code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/harness/launch';
import { cpuShareOfTasks, longestRunMs, sampledMsWhere, type ThreadTask } from './profile-samples';

/** Extension scripts' URLs start with this. */
export const EXTENSION_PREFIX = 'chrome-extension://';
/**
 * How long after the load the tab is watched for more of the extension's work: the floor's walk
 * runs at once, Backstory's scan after reading its storage (and after its highlights appear,
 * where it has any).
 */
export const QUIET_MS = { floor: 150, awaitingHighlights: 300 };
/** How long a run waits for the highlights of a page that may have none. */
const HIGHLIGHT_WAIT_MS = 1_000;

/** An unpacked extension to measure. */
export interface ExtensionSpec {
  /** Its name in the tables. */
  name: string;
  /** The folder holding its manifest.json. */
  dir: string;
  /** Wait for its highlights of people after the load (the shipped build; not the floor). */
  awaitHighlights: boolean;
}

/** One page load's cost of an extension's content scripts, in main-thread CPU ms. */
export interface ExtensionRun {
  /** V8's compile of the extension's scripts, on the main thread and off it (thread time). */
  compileMs: number;
  /** Samples with an extension frame on the stack, each weighted by its task's CPU share. */
  scriptMs: number;
  /** The longest stretch of consecutive such samples (≈ the longest task), weighted alike. */
  longestRunMs: number;
  /** Ranges in the `backstory-person` highlight after the run (0 for the floor). */
  people: number;
}

/** The content scripts a manifest declares, as paths inside the extension. */
export function contentScriptsOf(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  return (manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []);
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

/** V8's trace events for compiling a whole script or module (lazy functions are in the samples). */
const COMPILES = new Set(['v8.compile', 'v8.compileModule']);
/**
 * V8's compile of a streamed script or module on a background thread of the page's process (the
 * page module: scripts/build-modules.ts). Off the main thread but CPU the page's process pays:
 * counted as compile too.
 */
const BACKGROUND_COMPILE = 'v8.parseOnBackground';

/** Whether a script URL is an extension's. */
export const isExtensionUrl = (url = '') => url.startsWith(EXTENSION_PREFIX);

/** A Chromium with one extension loaded. */
export interface ExtensionBrowser {
  spec: ExtensionSpec;
  context: BrowserContext;
  /** Opens `url` in a new tab and measures the extension's work there; closes the tab. */
  load(url: string): Promise<ExtensionRun>;
  close(): Promise<void>;
}

/** Launches Chromium with the extension in `spec.dir` and waits for its service worker, if any. */
export async function openExtension(spec: ExtensionSpec): Promise<ExtensionBrowser> {
  const contentScripts = contentScriptsOf(spec.dir);
  if (contentScripts.length === 0) throw new Error(`${spec.dir}: no content scripts`);
  const hasWorker = readFileSync(path.join(spec.dir, 'manifest.json'), 'utf8').includes(
    'service_worker',
  );
  const context = await launchChromium({
    extensionDir: spec.dir,
    // Every host but 127.0.0.1 (which a proxy setting always bypasses) goes to a closed port
    // and fails at once. Not playwright's routing: it would hold every request of the tab,
    // the card module's too, for a round trip to Node.
    proxy: '127.0.0.1:9',
    viewport: { width: 1280, height: 900 },
    // Cross-site frames (aborted) would get processes of their own, whose trace flush at the end
    // of a run took 5 s on some pages.
    args: ['--disable-site-isolation-trials'],
  });
  if (hasWorker && !context.serviceWorkers().some((w) => isExtensionUrl(w.url()))) {
    await context.waitForEvent('serviceworker', { timeout: 15_000 });
  }
  const isContentScript = (url = '') =>
    isExtensionUrl(url) && contentScripts.some((file) => url.endsWith(`/${file}`));
  // Pages whose first run found no highlights: later runs do not wait for them.
  const withoutHighlights = new Set<string>();

  async function load(url: string): Promise<ExtensionRun> {
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
      if (spec.awaitHighlights && !withoutHighlights.has(url)) {
        const found = await page
          .waitForFunction(() => CSS.highlights.has('backstory-person'), undefined, {
            timeout: HIGHLIGHT_WAIT_MS,
            polling: 50,
          })
          .then(
            () => true,
            () => false,
          );
        if (!found) withoutHighlights.add(url);
      }
      await page.waitForTimeout(
        spec.awaitHighlights ? QUIET_MS.awaitingHighlights : QUIET_MS.floor,
      );
      const { profile } = await cdp.send('Profiler.stop');
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      // The page's main thread: where V8 compiled a content script of the extension.
      const main = events.find(
        (e) => e.name === 'v8.compile' && isContentScript(e.args?.data?.url),
      );
      if (!main) throw new Error(`${spec.name}: no v8.compile of its content script on ${url}`);
      const onMain = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid;
      const compileUs = events
        .filter(
          (e) =>
            isExtensionUrl(e.args?.data?.url) &&
            ((COMPILES.has(e.name) && onMain(e)) ||
              (e.name === BACKGROUND_COMPILE && e.pid === main.pid)),
        )
        .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0);
      const tasks = events.filter(
        (e): e is TraceEvent & ThreadTask =>
          e.cat === 'toplevel' && onMain(e) && e.dur !== undefined && e.tdur !== undefined,
      );
      // Thread time (CPU), not wall-clock: content scripts run while the page loads.
      const share = cpuShareOfTasks(tasks);
      const people = await page.evaluate(() => CSS.highlights.get('backstory-person')?.size ?? 0);
      return {
        compileMs: compileUs / 1000,
        scriptMs: sampledMsWhere(profile, isExtensionUrl, share),
        longestRunMs: longestRunMs(profile, isExtensionUrl, share),
        people,
      };
    } finally {
      await page.close();
    }
  }

  return { spec, context, load, close: () => context.close() };
}
