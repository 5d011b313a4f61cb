import 'virtual:backstory-highlights.css';
import type { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import type { StoredMatcher } from '../../lib/knowledge/stored-matcher';
import type { Message } from '../../lib/messages';
import { type ExtensionLink, startContentPage } from '../../lib/page/content-page';
import { readable, supportsHighlights } from '../../lib/page/readable-page';
import { pageStartFrom, watchPageStart } from '../../lib/settings-watch';
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
   * Checks that the page can be read, reads storage once, and imports the page module (built
   * apart: scripts/build-modules.ts) only once the page may hold a name (lib/page/content-page.ts).
   * A module that fails to load (the extension was updated meanwhile) leaves the page as it was:
   * the new copy runs instead.
   */
  async main(ctx) {
    if (!supportsHighlights()) return;
    await readable();
    // The extension was reloaded or updated meanwhile: its new copy runs here instead.
    if (ctx.signal.aborted) return;
    // The extension API, first touched here (a frame nobody can read never pays for it).
    const apis = globalThis as unknown as Record<'browser' | 'chrome', typeof browser | undefined>;
    const api = (apis.browser ?? apis.chrome) as typeof browser;
    const stored = await api.storage.local.get(PAGE_START_KEYS).catch(() => ({}));
    if (ctx.signal.aborted) return;
    // The extension API the page module uses, lent to it: a module of its own would look it up
    // again, and its messages are answered by the background or by nobody (it may be asleep).
    const extension: ExtensionLink = {
      url: (file) => (api.runtime.getURL as (path: string) => string)(`/${file}`),
      send: (message) => api.runtime.sendMessage(message).catch(() => undefined),
    };
    const page = startContentPage({
      hostname: location.hostname,
      ...pageStartFrom(stored),
      // Async: an address that cannot be had (the extension is gone) rejects rather than throws.
      loadParts: async () =>
        (
          (await import(/* @vite-ignore */ extension.url(PAGE_MODULE_FILE))) as typeof PageModule
        ).pageParts(extension),
      requestMatcher: () =>
        extension.send({ type: 'needMatcher', data: undefined }) as Promise<
          StoredMatcher | undefined
        >,
      sendSummary: (data) => void extension.send({ type: 'pageSummaryChanged', data }),
      signal: ctx.signal,
    });
    const unwatch = watchPageStart(api.storage, page);
    // Answered through `respond`: Chrome before 144 ignores a promise a listener returns. Only our
    // own extension's pages and background can message a content script.
    const onMessage = (message: Message, _: unknown, respond: (answer: unknown) => void) => {
      const answer = page.handle(message);
      if (!answer) return undefined;
      answer.then(respond);
      return true;
    };
    api.runtime.onMessage.addListener(onMessage);
    ctx.signal.addEventListener('abort', () => {
      unwatch();
      api.runtime.onMessage.removeListener(onMessage);
    });
  },
});
