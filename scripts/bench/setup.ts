import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchPlainChromium } from '../../tests/e2e/harness/launch';
import type { PageLabel } from './harness-tab';
import { peopleMatcherDefine } from './matchers';
import { type BenchServer, startServer } from './server';
import { BLANK_PAGE, GENERATED_PAGES } from './synthetic';

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const CHROMIUM_ARGS = [
  // BENCH_JS_FLAGS adds V8 flags for an experiment: `--no-lazy` shows what lazy compilation costs.
  `--js-flags=--expose-gc ${process.env.BENCH_JS_FLAGS ?? ''}`.trim(),
];

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
    // As the extension's build does: the people's matcher comes compiled, as data.
    define: { __BENCH_PEOPLE_MATCHER__: peopleMatcherDefine() },
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The commit measured, and whether the engine or data had uncommitted changes. */
export function revision(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    const built = ['lib', 'data', 'entrypoints', 'components', 'wxt.config.ts'];
    const dirty = git('status', '--porcelain', '--', ...built).length > 0;
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ` with uncommitted changes in ${built.join(', ')}` : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** The 1-minute load average and core count: other processes make every number larger. */
export function loadAverage(): string {
  return `${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`;
}

/** A page the bench measures: a corpus page or one the bench makes. */
export interface BenchPage {
  /** The corpus file name, or the generated page's name. */
  name: string;
  /** `pages` or `bench` (corpus folders), or `generated`. */
  folder: string;
  /** Where the server serves it. */
  path: string;
  /** Text KB from `labels.json`'s walk; null where the page is not labelled (measured then). */
  textKB: number | null;
  /** `labels.json`'s category (`names`, `no-names`, `confounder-only`), or `unlabelled`. */
  category: string;
  label?: PageLabel;
}

/** Whether `name` is wanted by `only` (comma-separated parts of names; everything without it). */
export const isWanted = (only: string | undefined, name: string) =>
  !only || only.split(',').some((part) => name.includes(part));

/** The corpus pages (`pages/` then `bench/`) and the generated ones, filtered by `only`. */
export async function benchPages(only?: string): Promise<BenchPage[]> {
  const corpus = corpusFolder();
  const labels = await readLabels(corpus);
  const pages: BenchPage[] = [];
  for (const folder of ['pages', 'bench']) {
    for (const file of (await readdir(path.join(corpus, folder))).sort()) {
      if (!file.endsWith('.html') || !isWanted(only, file)) continue;
      const label = labels.get(file);
      const length = label?.walk?.text_length;
      pages.push({
        name: file,
        folder,
        path: `/${folder}/${encodeURIComponent(file)}`,
        textKB: length === undefined ? null : length / 1024,
        category: label?.category ?? 'unlabelled',
        label,
      });
    }
  }
  for (const page of GENERATED_PAGES) {
    if (!isWanted(only, page.name) && !isWanted(only, page.path)) continue;
    const { name, path: at, category } = page;
    pages.push({ name, folder: 'generated', path: at, textKB: null, category });
  }
  return pages;
}

/** Starts the server of the corpus and the generated pages (`isolate`: with COOP/COEP). */
export async function startBenchServer(isolate: boolean): Promise<BenchServer> {
  const corpus = corpusFolder();
  const labels = await readLabels(corpus);
  const generated: Record<string, string> = { '/blank': BLANK_PAGE };
  for (const page of GENERATED_PAGES) generated[page.path] = page.html();
  return startServer({
    folders: { pages: path.join(corpus, 'pages'), bench: path.join(corpus, 'bench') },
    charsets: new Map([...labels].map(([file, l]) => [file, l.charset ?? 'utf-8'])),
    generated,
    isolate,
  });
}

/** Everything the in-page harness needs, up and running. */
export interface BenchSession {
  server: BenchServer;
  browser: Browser;
  context: BrowserContext;
  harness: string;
  close(): Promise<void>;
}

/** Starts a server (cross-origin isolated unless told not to) and headless Chromium, and bundles the harness. */
export async function openSession(options: {
  isolate: boolean;
  minify: boolean;
}): Promise<BenchSession> {
  const server = await startBenchServer(options.isolate);
  const harness = await bundleHarness(options.minify);
  // Every host but 127.0.0.1 goes to a closed port and fails at once, as in extension.ts: no
  // playwright routing, which holds every request for a round trip to Node.
  const browser = await launchPlainChromium({ proxy: '127.0.0.1:9', args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  });
  return {
    server,
    browser,
    context,
    harness,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
