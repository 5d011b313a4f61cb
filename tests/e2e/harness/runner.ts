import { readdirSync, readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { assertBuilt, launchBrowser } from './browser';
import {
  emptyRunProblem,
  scenarioFileOf,
  scenarioFileProblems,
  scenarioSourceProblems,
} from './selection';
import { type FixtureServer, isBrowserNoise, startFixtureServer } from './server';
import type { BrowserKind, TestBrowser } from './types';

/** The body of a scenario: it gets the shared browser and opens its own pages. */
export type ScenarioFn = (browser: TestBrowser) => Promise<void>;

/** How a scenario runs. */
export interface ScenarioOptions {
  /** Default 60 s. */
  timeoutMs?: number;
  /** Don't fail when the pages or extension tried to reach another host (default: fail). */
  allowExternalRequests?: boolean;
  /** The browsers it can run in (default: both), for what only one browser's driver can do. */
  browsers?: readonly BrowserKind[];
}

interface Scenario {
  name: string;
  fn: ScenarioFn;
  timeoutMs: number;
  allowExternal: boolean;
  browsers: readonly BrowserKind[];
  /** The file under scenarios/ that registered it. */
  file: string;
}

const SCENARIOS_DIR = new URL('../scenarios/', import.meta.url);
const ALL_BROWSERS: readonly BrowserKind[] = ['chromium', 'firefox'];
const scenarios: Scenario[] = [];

/**
 * Registers a scenario, run once in each browser. Pages it leaves open are closed after it; it
 * fails if anything tried to reach a host other than 127.0.0.1 meanwhile, unless allowed.
 */
export function scenario(name: string, fn: ScenarioFn, options: ScenarioOptions = {}): void {
  scenarios.push({
    name,
    fn,
    timeoutMs: options.timeoutMs ?? 60_000,
    allowExternal: options.allowExternalRequests ?? false,
    browsers: options.browsers ?? ALL_BROWSERS,
    file: scenarioFileOf(new Error().stack ?? ''),
  });
}

/** The browsers to run: `BACKSTORY_BROWSERS=chromium,firefox` (default: both). */
function selectedBrowsers(): BrowserKind[] {
  const wanted = process.env.BACKSTORY_BROWSERS?.split(',').map((s) => s.trim()) ?? ALL_BROWSERS;
  const unknown = wanted.filter((b) => !ALL_BROWSERS.includes(b as BrowserKind));
  if (unknown.length) throw new Error(`Unknown browser in BACKSTORY_BROWSERS: ${unknown.join()}`);
  return wanted as BrowserKind[];
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function describe(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? error.message) : inspect(error);
  const [first, ...rest] = text.split('\n');
  const detail = rest.filter((line) => !/^\s+at /.test(line) || process.env.BACKSTORY_STACKS);
  return [first, ...detail.map((line) => `    ${line.trim()}`)].join('\n');
}

async function withTimeout(promise: Promise<void>, ms: number, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${seconds(ms)}`)), ms);
  });
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function runIn(kind: BrowserKind, list: Scenario[], server: FixtureServer) {
  let passed = 0;
  let failed = 0;
  const started = Date.now();
  let browser: TestBrowser | undefined;
  let launchError: unknown;
  try {
    browser = await launchBrowser(kind, server);
  } catch (error) {
    launchError = error;
  }
  const launchMs = Date.now() - started;
  for (const { name, fn, timeoutMs, allowExternal } of list) {
    const t0 = Date.now();
    try {
      if (!browser) throw launchError;
      server.clearExternalRequests();
      await withTimeout(fn(browser), timeoutMs, 'the scenario');
      const external = server.externalRequests().filter((r) => !isBrowserNoise(r));
      if (external.length && !allowExternal) {
        throw new Error(`Requests to other hosts (refused): ${JSON.stringify(external)}`);
      }
      passed++;
      console.log(`✓ ${kind} › ${name} (${seconds(Date.now() - t0)})`);
    } catch (error) {
      failed++;
      console.log(`✗ ${kind} › ${name} — ${describe(error)}`);
    } finally {
      if (browser) await withTimeout(browser.closePages(), 10_000, 'closing pages').catch(() => {});
    }
  }
  await browser?.close().catch(() => {});
  const total = Date.now() - started;
  console.log(`  ${kind}: launch ${seconds(launchMs)}, total ${seconds(total)}`);
  return { passed, failed };
}

/**
 * Runs every registered scenario in each selected browser (one launch per browser), printing a
 * line per scenario and browser and then `N passed, N failed`. Resolves to whether all passed.
 */
export async function runScenarios(): Promise<boolean> {
  let passed = 0;
  let failed = 0;
  let server: FixtureServer | undefined;
  try {
    const files = readdirSync(SCENARIOS_DIR).filter((f) => f.endsWith('.ts'));
    const problems = [
      ...scenarioFileProblems(files, scenarios),
      ...files.flatMap((f) =>
        scenarioSourceProblems(f, readFileSync(new URL(f, SCENARIOS_DIR), 'utf8')),
      ),
    ];
    if (problems.length) throw new Error(`Scenario files:\n  ${problems.join('\n  ')}`);
    const kinds = selectedBrowsers();
    assertBuilt(kinds);
    const only = process.env.BACKSTORY_ONLY;
    const list = only ? scenarios.filter((s) => s.name.includes(only)) : scenarios;
    const runs = kinds.map((kind) => list.filter((s) => s.browsers.includes(kind)));
    const empty = emptyRunProblem(runs.flat().length, only);
    if (empty) throw new Error(empty);
    server = await startFixtureServer();
    for (const [i, kind] of kinds.entries()) {
      const result = await runIn(kind, runs[i] ?? [], server);
      passed += result.passed;
      failed += result.failed;
    }
  } catch (error) {
    failed++;
    console.log(`✗ ${describe(error)}`);
  } finally {
    await server?.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0;
}
