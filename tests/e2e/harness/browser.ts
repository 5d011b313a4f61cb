import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromiumBrowser } from './chromium';
import { launchFirefoxBrowser } from './firefox';
import { BUILD_SOURCES, newestFile, staleBuildProblem } from './freshness';
import type { FixtureServer } from './server';
import type { BrowserKind, TestBrowser } from './types';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where the scenarios put the screenshots the README shows. */
export const SCREENSHOTS_DIR = path.join(ROOT, 'docs/screenshots');

/** Where `npm run build` puts the builds; `BACKSTORY_OUTPUT` points elsewhere (a scratch build). */
const OUTPUT = path.resolve(ROOT, process.env.BACKSTORY_OUTPUT ?? '.output');

/**
 * The build each browser loads. Firefox gets the MV2 build unless `BACKSTORY_FIREFOX_BUILD` says
 * `firefox-mv3` (which also works when installed by the harness: see tests/e2e/README.md).
 */
export function extensionDir(kind: BrowserKind): string {
  const build =
    kind === 'chromium' ? 'chrome-mv3' : (process.env.BACKSTORY_FIREFOX_BUILD ?? 'firefox-mv2');
  return path.join(OUTPUT, build);
}

/**
 * Throws unless every build the given browsers need exists and is newer than every source it is
 * built from (not checked for a `BACKSTORY_OUTPUT` build: it may come from another tree).
 */
export function assertBuilt(kinds: readonly BrowserKind[]): void {
  const manifests = kinds.map((kind) => path.join(extensionDir(kind), 'manifest.json'));
  const missing = manifests.filter((manifest) => !existsSync(manifest));
  if (missing.length) {
    throw new Error(`Missing ${missing.join(', ')}: run \`npm run build\` first.`);
  }
  if (process.env.BACKSTORY_OUTPUT) return;
  const stamped = manifests.map((file) => ({
    file: path.relative(ROOT, file),
    mtimeMs: statSync(file).mtimeMs,
  }));
  const stale = staleBuildProblem(stamped, newestFile(ROOT, BUILD_SOURCES));
  if (stale) throw new Error(stale);
}

/** Launches `kind` with the built extension, configured against `server`; throws if it won't load. */
export function launchBrowser(kind: BrowserKind, server: FixtureServer): Promise<TestBrowser> {
  const dir = extensionDir(kind);
  return kind === 'chromium'
    ? launchChromiumBrowser(server, dir)
    : launchFirefoxBrowser(server, dir);
}
