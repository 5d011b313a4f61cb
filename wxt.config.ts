import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { ENTITIES } from './data/entities';
import { highlightCss } from './lib/highlight-css';
import { splitSentences } from './lib/text/sentences';
import { assertValidEntities } from './lib/text/validate-entities';
import { HIGHLIGHT_CSS_FILE } from './lib/web-accessible-files';
import {
  buildModules,
  CARD_MODULE_FILE,
  PAGE_MODULE_FILE,
  SHADOW_MODULE_FILE,
} from './scripts/build-modules';

/** Fixed add-on id so Firefox keeps settings across updates and tests can address the extension. */
export const GECKO_ID = 'backstory@backstory.invalid';

/** Id the content script imports its `::highlight()` rules by. */
const HIGHLIGHT_CSS_ID = 'virtual:backstory-highlights.css';

/**
 * Serves the highlight rules generated from lib/kinds.ts and lib/colors.ts as a CSS module, so WXT
 * ships them as the manifest's content-script CSS (page CSP cannot block that). The resolved id ends
 * in `.css` so Vite's CSS pipeline takes it.
 */
function highlightCssPlugin(): Plugin {
  const resolved = `\0${HIGHLIGHT_CSS_ID}`;
  return {
    name: 'backstory-highlight-css',
    resolveId: (id) => (id === HIGHLIGHT_CSS_ID ? resolved : undefined),
    load: (id) => (id === resolved ? highlightCss() : undefined),
  };
}

/** The content script's options that only make the manifest, as WXT inlines them in the script. */
const MANIFEST_ONLY_OPTIONS =
  'matches:["<all_urls>"],runAt:"document_idle",noScriptStartedPostMessage:!0,';

/**
 * The script without the options WXT bundles with `main` though its runtime never reads them (its
 * context takes `matches` and `runAt` from the manifest, and ours is built without the start
 * message): 73 bytes of the budget every page pays. A build whose script no longer has them as
 * expected fails, rather than ship something this did not check.
 */
function withoutManifestOptions(code: string): string {
  const parts = code.split(MANIFEST_ONLY_OPTIONS);
  if (parts.length !== 2) {
    throw new Error(
      `content script: expected its manifest-only options once (${MANIFEST_ONLY_OPTIONS}); WXT changed how it bundles them`,
    );
  }
  return parts.join('');
}

/**
 * A second minifying pass over the content script, by Terser after Vite's own minifier: each
 * catches what the other leaves (together ~3% smaller). Every page compiles this script and it has
 * a budget (DESIGN.md §5, checked by tests/e2e/scenarios/card-on-demand.ts).
 */
function contentScriptTerserPass(): Plugin {
  return {
    name: 'backstory-content-script-terser',
    apply: 'build',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.fileName.startsWith('content-scripts/')) continue;
        const minified = await minify(chunk.code, {
          ecma: 2020,
          compress: { passes: 3, unsafe_arrows: true },
          sourceMap: false,
        });
        if (minified.code) chunk.code = withoutManifestOptions(minified.code);
      }
    },
  };
}

/**
 * The content script runs in every frame (each frame highlights, hit-tests and opens cards in
 * itself; the background sums their counts): in `about:blank` and `srcdoc` frames too, and in
 * Chromium in blob:/data: frames, by their creator's origin (`match_origin_as_fallback`, which
 * Firefox MV2 does not know). Set on the manifest rather than in `defineContentScript`, whose
 * options WXT also ships inside the script every page compiles (~65 bytes of its 25 KB budget).
 */
function frameOptions(script: { all_frames?: boolean }, browser: string) {
  Object.assign(script, {
    all_frames: true,
    match_about_blank: true,
    ...(browser === 'chrome' ? { match_origin_as_fallback: true } : {}),
  });
}

export default defineConfig({
  srcDir: '.',
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Backstory',
    // Settings only; see the README's permissions table.
    permissions: ['storage'],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Go to the next highlighted name and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: 'Go to the previous highlighted name and open its card',
      },
    },
    // The page module, which the content script imports from the extension on a page it can
    // read; the card module, which that imports on the first hover; and the highlight rules, which
    // it fetches for a shadow root with a mention. Chromium serves them only under a per-session
    // URL, so pages cannot probe for the extension.
    web_accessible_resources: [
      {
        resources: [PAGE_MODULE_FILE, SHADOW_MODULE_FILE, CARD_MODULE_FILE, HIGHLIGHT_CSS_FILE],
        matches: ['<all_urls>'],
        ...(browser === 'chrome' ? { use_dynamic_url: true } : {}),
      },
    ],
    description:
      'Highlights the people of a bundled 2015 news article on any page and shows their background on hover.',
    // Hit-testing needs `CSS.highlights.highlightsFromPoint` (Chrome 140, Firefox 150).
    ...(browser === 'chrome' ? { minimum_chrome_version: '140' } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '150.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '150.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact(), highlightCssPlugin(), contentScriptTerserPass()],
    resolve: {
      // Our content script's context in place of WXT's: what we use of it, without ~3 KB that
      // every page would compile for nothing (lib/page/script-context.ts).
      alias: {
        'wxt/utils/content-script-context': fileURLToPath(
          new URL('./lib/page/script-context.ts', import.meta.url),
        ),
      },
    },
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) frameOptions(script, wxt.config.browser);
    },
    // Malformed knowledge fails the build, naming the entity and the field.
    'build:before': () => {
      const article = readFileSync(new URL('./data/article.txt', import.meta.url), 'utf8');
      assertValidEntities(ENTITIES, splitSentences(article));
    },
    // The modules the content script imports (see the manifest).
    'build:done': (wxt) => buildModules(wxt.config.root, wxt.config.outDir, wxt.config.mode),
    // So `browser.runtime.getURL` accepts its path.
    'prepare:publicPaths': (_, paths) => {
      paths.push(PAGE_MODULE_FILE, SHADOW_MODULE_FILE, CARD_MODULE_FILE, HIGHLIGHT_CSS_FILE);
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['docs/**', 'test-results/**'],
  },
});
