import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import preact from '@preact/preset-vite';
import { minify } from 'terser';
import { build } from 'vite';

import {
  CARD_MODULE_FILE,
  PAGE_MODULE_FILE,
  SHADOW_MODULE_FILE,
} from '../lib/web-accessible-files';

export { CARD_MODULE_FILE, PAGE_MODULE_FILE, SHADOW_MODULE_FILE };

/**
 * V8's explicit compile hint: compile every function of the file with the file, not each on its
 * first call. For a module the browser compiles off the page's main thread as it streams it in,
 * so a page's first calls into our code no longer stop to compile it (measured with the bench's
 * A/B runs: about 2–4 ms less main-thread time on ordinary pages). The CPU moves, it is not
 * saved: the background compile (3.8–4.4 ms, functions never called included) about equals it,
 * and on big pages exceeds it. Firefox ignores it.
 */
export const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad\n';

/** A module the content script imports from the extension. */
export interface ExtensionModule {
  /** Its source, from the project root. */
  source: string;
  /** Where it sits in a build (web-accessible: see the manifest). */
  file: string;
  /** Whether every function is compiled as it loads ({@link COMPILE_ALL_HINT}). */
  compileAll: boolean;
}

/**
 * The page module: everything the content script does once a page may be read (the settings,
 * the matcher, the scan, the highlights, hit-testing, hover intent). The content script itself
 * only checks that the page can be read and imports this.
 */
export const PAGE_MODULE: ExtensionModule = {
  source: 'entrypoints/content/page-module.ts',
  file: PAGE_MODULE_FILE,
  compileAll: true,
};

/**
 * The shadow module: what only pages with web components need (lib/page/shadow-module.ts);
 * imported by the page module on the pages that have them.
 */
export const SHADOW_MODULE: ExtensionModule = {
  source: 'entrypoints/content/shadow-module.ts',
  file: SHADOW_MODULE_FILE,
  compileAll: false,
};

/**
 * The card module: Preact, the components, their CSS, the card content and its placement;
 * imported when a card may open, so pages nobody hovers never compile it.
 */
export const CARD_MODULE: ExtensionModule = {
  source: 'entrypoints/content/card-module.tsx',
  file: CARD_MODULE_FILE,
  compileAll: false,
};

/**
 * Builds `module` as one minified ES module into `outDir`. WXT has no entrypoint type for this
 * (its content scripts are single IIFE files), hence a build of our own after WXT's. In
 * production Terser passes over Vite's output: every page compiles the page module, and each
 * minifier catches what the other leaves (DESIGN.md §5 gives it a size budget).
 */
export async function buildModule(
  module: ExtensionModule,
  root: string,
  outDir: string,
  mode: string,
): Promise<void> {
  const file = path.join(outDir, module.file);
  // BACKSTORY_UNMINIFIED=1: readable names in CPU profiles (a production build otherwise).
  const production = mode === 'production' && !process.env.BACKSTORY_UNMINIFIED;
  const built = await build({
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
      minify: production,
      sourcemap: production ? false : 'inline',
      // Not library mode: that keeps an ES build's whitespace.
      rollupOptions: {
        input: path.join(root, module.source),
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: path.basename(file) },
      },
    },
  });
  // A dynamic import Vite can follow would split off a part the manifest does not list, with a
  // preload helper that adds elements to the page: modules import each other by extension URL.
  const results = (Array.isArray(built) ? built : [built]) as { output: { fileName: string }[] }[];
  const written = results.flatMap((result) => result.output.map((chunk) => chunk.fileName));
  if (written.join() !== path.basename(file)) {
    throw new Error(`${module.source}: built ${written.join(', ')}, expected one file`);
  }
  let code = await readFile(file, 'utf8');
  if (production) {
    const minified = await minify(code, {
      ecma: 2020,
      module: true,
      compress: { passes: 3, unsafe_arrows: true },
    });
    code = minified.code ?? code;
  }
  // The hint must open the file: a comment anywhere else is not read.
  if (module.compileAll) code = COMPILE_ALL_HINT + code;
  await writeFile(file, code);
}

/** Builds the modules the content script imports. */
export async function buildModules(root: string, outDir: string, mode: string): Promise<void> {
  for (const module of [PAGE_MODULE, SHADOW_MODULE, CARD_MODULE]) {
    await buildModule(module, root, outDir, mode);
  }
}
