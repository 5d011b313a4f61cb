// Builds and zips every target the stores take: Chrome MV3, Firefox MV2 and Firefox MV3 (the
// Firefox zips come with the sources zip AMO asks for). Output: .output/
import { spawnSync } from 'node:child_process';

const TARGETS = [
  ['-b', 'chrome', '--mv3'],
  ['-b', 'firefox', '--mv2'],
  ['-b', 'firefox', '--mv3'],
];

for (const target of TARGETS) {
  const result = spawnSync('npx', ['wxt', 'zip', ...target], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build failed for ${target.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}
