// A run against a build older than its sources tests code nobody is looking at: refuse it.

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What a build is made from, relative to the repository root. */
export const BUILD_SOURCES = [
  'entrypoints',
  'components',
  'lib',
  'data',
  'public',
  'wxt.config.ts',
  'scripts/build-modules.ts',
  'scripts/build-all.mjs',
];

/** A file and when it was last modified. */
export interface Stamped {
  file: string;
  mtimeMs: number;
}

/** The most recently modified file under `paths` (files or folders, relative to `root`, as is the answer). */
export function newestFile(root: string, paths: readonly string[]): Stamped | null {
  let newest: Stamped | null = null;
  const visit = (file: string) => {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(file);
    } catch {
      return; // a source that does not exist (yet) is no newer than anything
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(file)) visit(path.join(file, entry));
    } else if (!newest || stat.mtimeMs > newest.mtimeMs) {
      newest = { file: path.relative(root, file), mtimeMs: stat.mtimeMs };
    }
  };
  for (const p of paths) visit(path.join(root, p));
  return newest;
}

/** Why the builds (their manifest.json files) cannot be tested; empty when none is older. */
export function staleBuildProblem(manifests: readonly Stamped[], newest: Stamped | null): string {
  if (!newest) return '';
  const stale = manifests.filter((m) => m.mtimeMs < newest.mtimeMs);
  if (!stale.length) return '';
  return (
    `The build is older than its sources: ${newest.file} changed after ` +
    `${stale.map((m) => m.file).join(', ')} was built. Run \`npm run build\` first.`
  );
}
