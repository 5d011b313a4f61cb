/**
 * The floor extension: the least any extension that reads the page's text pays. Its content
 * script only walks the page's text nodes with a `TreeWalker`, reading each node's `data`; it is
 * loaded and measured exactly as the shipped build is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The floor's content script. */
export const FLOOR_CONTENT_SCRIPT = `(() => {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
  return chars;
})();
`;

/** The floor's manifest: one content script, as the shipped build declares its own. */
export const FLOOR_MANIFEST = {
  manifest_version: 3,
  name: 'Backstory bench floor',
  version: '1.0.0',
  description: 'Walks the text of every page, and nothing else (the bench’s reference).',
  content_scripts: [
    {
      matches: ['<all_urls>'],
      js: ['content.js'],
      run_at: 'document_idle',
      // In every frame, as the shipped build runs (DESIGN §4 Frames).
      all_frames: true,
      match_about_blank: true,
    },
  ],
};

/** Writes the floor extension to a fresh temporary folder and returns the folder. */
export function writeFloorExtension(): string {
  const dir = path.join(os.tmpdir(), `backstory-bench-floor-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(FLOOR_MANIFEST, null, 2));
  writeFileSync(path.join(dir, 'content.js'), FLOOR_CONTENT_SCRIPT);
  return dir;
}
