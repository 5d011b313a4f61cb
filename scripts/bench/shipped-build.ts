/** The shipped build: `wxt build` for chrome-mv3, copied aside so a rebuild mid-run cannot touch it. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentScriptsOf } from './extension';
import { ROOT } from './setup';

/** Where `npm run build` and `wxt build` put the chrome-mv3 build. */
export const BUILD_DIR = path.join(ROOT, '.output/chrome-mv3');

/** Builds the chrome-mv3 extension as `npm run build` does, so the bench measures this tree. */
export function buildShipped(): void {
  const result = spawnSync('npx', ['wxt', 'build', '-b', 'chrome', '--mv3'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0 || !existsSync(path.join(BUILD_DIR, 'manifest.json'))) {
    throw new Error(`wxt build failed, so the shipped build cannot be measured:\n${result.stderr}`);
  }
}

/** A copy of the chrome-mv3 build in a temporary folder (others may rebuild .output meanwhile). */
export function copyShipped(name: string): string {
  if (!existsSync(path.join(BUILD_DIR, 'manifest.json'))) {
    throw new Error(`no build in ${BUILD_DIR}: run npm run build, or the bench without --no-build`);
  }
  const dir = path.join(os.tmpdir(), `backstory-bench-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(BUILD_DIR, dir, { recursive: true });
  return dir;
}

/** A script file of the build and its size in bytes. */
export interface ScriptFile {
  file: string;
  bytes: number;
}

/** The build's scripts: the content scripts its manifest declares, and the web-accessible ones. */
export function scriptFiles(dir: string): { declared: ScriptFile[]; others: ScriptFile[] } {
  const declared = contentScriptsOf(dir);
  const size = (file: string) => ({ file, bytes: statSync(path.join(dir, file)).size });
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    web_accessible_resources?: { resources: string[] }[];
  };
  const others = (manifest.web_accessible_resources ?? [])
    .flatMap((entry) => entry.resources)
    .filter((file) => file.endsWith('.js') && !declared.includes(file));
  return { declared: declared.map(size), others: others.map(size) };
}
