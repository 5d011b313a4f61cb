import path from 'node:path';
import preact from '@preact/preset-vite';
import { build } from 'vite';

import { CARD_MODULE_FILE } from '../lib/web-accessible-files';

export { CARD_MODULE_FILE };

/** The card module's source. */
export const CARD_MODULE_SOURCE = 'entrypoints/content/card-module.tsx';

/**
 * Builds the card module (Preact, the components, their CSS, the card content) as one minified
 * ES module into `outDir`: the content script imports it from the extension when a card may
 * open, so pages nobody hovers never compile it. WXT has no entrypoint type for this (its
 * content scripts are single IIFE files), hence a build of our own after WXT's.
 */
export async function buildCardModule(root: string, outDir: string, mode: string): Promise<void> {
  const file = path.join(outDir, CARD_MODULE_FILE);
  await build({
    root,
    configFile: false,
    // Not public/: WXT copies it to the build's root already.
    publicDir: false,
    logLevel: 'warn',
    mode,
    plugins: [preact()],
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    build: {
      outDir: path.dirname(file),
      emptyOutDir: false,
      minify: mode === 'production',
      sourcemap: mode !== 'production' ? 'inline' : false,
      // Not library mode: that keeps an ES build's whitespace.
      rollupOptions: {
        input: path.join(root, CARD_MODULE_SOURCE),
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: path.basename(file) },
      },
    },
  });
}
