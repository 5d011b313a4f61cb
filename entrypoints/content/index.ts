import 'virtual:backstory-highlights.css';
import type { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { readable, supportsHighlights } from '../../lib/page/readable-page';
import { PAGE_START_KEYS } from '../../lib/storage-keys';
import { PAGE_MODULE_FILE } from '../../lib/web-accessible-files';
import type * as PageModule from './page-module';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Runs in every frame too: see `frameOptions` in wxt.config.ts.
  // WXT would also announce each start with `window.postMessage`, which every message handler of
  // the page receives (and many throw on); its DOM event already stops an older copy of ours.
  noScriptStartedPostMessage: true,
  /**
   * Only checks that the page can be read, then imports the page module (built apart:
   * scripts/build-modules.ts) while reading storage. A module that fails to load (the extension
   * was updated meanwhile) leaves the page as it was: the new copy runs instead.
   */
  async main(ctx) {
    if (!supportsHighlights()) return;
    await readable();
    // The extension was reloaded or updated meanwhile: its new copy runs here instead.
    if (ctx.signal.aborted) return;
    // The extension API, first touched here (a frame nobody can read never pays for it).
    const apis = globalThis as unknown as Record<'browser' | 'chrome', typeof browser | undefined>;
    const api = (apis.browser ?? apis.chrome) as typeof browser;
    const url = api.runtime.getURL(`/${PAGE_MODULE_FILE}`);
    const [module, stored] = await Promise.all([
      (import(/* @vite-ignore */ url) as Promise<typeof PageModule>).catch(() => null),
      api.storage.local.get(PAGE_START_KEYS).catch(() => ({})),
    ]);
    if (module && !ctx.signal.aborted) module.startPage(stored, ctx.signal);
  },
});
