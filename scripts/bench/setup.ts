import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { defaultMatcherDefine } from '../../entrypoints/content/matchers';
import type { PageLabel } from './runs';
import { type BenchServer, startServer } from './server';
import { BLANK_PAGE, loremPage } from './synthetic';

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The Chromium the bench drives (`CHROMIUM_PATH` overrides it). */
export const CHROMIUM_EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for every Chromium the bench starts: no sandbox or GPU, nothing running on its own. */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CHROMIUM_ARGS = [
  ...QUIET_CHROMIUM_FLAGS,
  // BENCH_JS_FLAGS adds V8 flags for an experiment: `--no-lazy` shows what lazy compilation costs.
  `--js-flags=--expose-gc ${process.env.BENCH_JS_FLAGS ?? ''}`.trim(),
];

/** The pages are served from 127.0.0.1; everything else they (or we) ask for is aborted. */
export async function onlyLoopback(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
}

/** The corpus folder (`BACKSTORY_CORPUS`, default `../shared/corpus`); exits with a message if missing. */
export function corpusFolder(): string {
  const corpus = path.resolve(ROOT, process.env.BACKSTORY_CORPUS ?? '../shared/corpus');
  for (const sub of ['pages', 'bench']) {
    if (!existsSync(path.join(corpus, sub))) {
      console.error(
        `The benchmark needs the real-page corpus folder with pages/, bench/ and labels.json, ` +
          `but ${path.join(corpus, sub)} does not exist. Set BACKSTORY_CORPUS to that folder ` +
          `(default: ../shared/corpus from the project root).`,
      );
      process.exit(1);
    }
  }
  return corpus;
}

async function readLabels(corpus: string): Promise<Map<string, PageLabel>> {
  const file = path.join(corpus, 'labels.json');
  if (!existsSync(file)) return new Map();
  const json = JSON.parse(await readFile(file, 'utf8')) as {
    pages: (PageLabel & { file: string })[];
  };
  return new Map(json.pages.map((p) => [p.file, p]));
}

/** Bundles the in-page harness (real engine, ENTITIES, mark.js) into one IIFE script. */
export async function bundleHarness(minify: boolean): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'scripts/bench/page-harness.ts')],
    bundle: true,
    format: 'iife',
    minify,
    keepNames: !minify,
    write: false,
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
    // As the extension's build does: the default matcher comes compiled.
    define: { __BACKSTORY_DEFAULT_MATCHER__: defaultMatcherDefine() },
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The commit measured, and whether the engine or data had uncommitted changes. */
export function revision(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'lib', 'data').length > 0;
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes in lib/ or data/' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** The 1-minute load average and core count: other processes make every number larger. */
export function loadAverage(): string {
  return `${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`;
}

/** Everything a benchmark session needs, up and running. */
export interface BenchSession {
  server: BenchServer;
  browser: Browser;
  context: BrowserContext;
  harness: string;
  labels: Map<string, PageLabel>;
  /** Corpus pages (`pages/` then `bench/`), filtered by `only` (comma-separated parts of names). */
  files: { folder: string; file: string }[];
  close(): Promise<void>;
}

/** Starts the corpus server and headless Chromium, and bundles the harness. */
export async function openSession(options: {
  only?: string;
  isolate: boolean;
  minify: boolean;
}): Promise<BenchSession> {
  const corpus = corpusFolder();
  const labels = await readLabels(corpus);
  const files: BenchSession['files'] = [];
  const wanted = (file: string) =>
    !options.only || options.only.split(',').some((part) => file.includes(part));
  for (const folder of ['pages', 'bench']) {
    for (const file of (await readdir(path.join(corpus, folder))).sort()) {
      if (!file.endsWith('.html') || !wanted(file)) continue;
      files.push({ folder, file });
    }
  }
  const server = await startServer({
    folders: { pages: path.join(corpus, 'pages'), bench: path.join(corpus, 'bench') },
    charsets: new Map([...labels].map(([file, l]) => [file, l.charset ?? 'utf-8'])),
    generated: { '/blank': BLANK_PAGE, '/lorem': loremPage(50 * 1024) },
    isolate: options.isolate,
  });
  const harness = await bundleHarness(options.minify);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  });
  await onlyLoopback(context);
  return {
    server,
    browser,
    context,
    harness,
    labels,
    files,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
