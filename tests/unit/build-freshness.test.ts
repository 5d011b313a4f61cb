// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newestFile, staleBuildProblem } from '../e2e/harness/freshness';

describe('the e2e and corpus runs refuse a build older than its sources', () => {
  let root = '';
  /** Writes `file` under the temporary root, modified at `seconds` since the epoch. */
  const touch = (file: string, seconds: number) => {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, '');
    utimesSync(full, seconds, seconds);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'backstory-freshness-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds the newest file in nested folders and single files, skipping what is missing', () => {
    touch('lib/page/a.ts', 1000);
    touch('lib/text/deep/b.ts', 3000);
    touch('wxt.config.ts', 2000);
    expect(newestFile(root, ['lib', 'wxt.config.ts', 'public'])).toEqual({
      file: path.join('lib', 'text', 'deep', 'b.ts'),
      mtimeMs: 3_000_000,
    });
    expect(newestFile(root, ['nothing-here'])).toBeNull();
  });

  it('passes builds made after the newest source', () => {
    const newest = { file: 'lib/a.ts', mtimeMs: 1000 };
    const builds = [{ file: '.output/chrome-mv3/manifest.json', mtimeMs: 2000 }];
    expect(staleBuildProblem(builds, newest)).toBe('');
    expect(staleBuildProblem(builds, null)).toBe('');
  });

  it('names the older build and the newer source, and says to run the build', () => {
    const newest = { file: 'lib/a.ts', mtimeMs: 3000 };
    const builds = [
      { file: '.output/chrome-mv3/manifest.json', mtimeMs: 4000 },
      { file: '.output/firefox-mv2/manifest.json', mtimeMs: 2000 },
    ];
    expect(staleBuildProblem(builds, newest)).toBe(
      'The build is older than its sources: lib/a.ts changed after ' +
        '.output/firefox-mv2/manifest.json was built. Run `npm run build` first.',
    );
  });
});
