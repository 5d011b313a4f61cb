import 'virtual:backstory-highlights.css';
import { browser, defineContentScript } from '#imports';
import type { StoredMatcher } from '../../lib/knowledge/stored-matcher';
import { isMessage, type Message } from '../../lib/messages';
import type { CardView, CardViewEvents } from '../../lib/page/card-controller';
import { startContentPage } from '../../lib/page/content-page';
import { supportsHighlights } from '../../lib/page/highlights';
import { createSummaryReporter } from '../../lib/page/summarize';
import { readPageStart, watchPageStart } from '../../lib/settings-watch';
import { CARD_MODULE_FILE } from '../../lib/web-accessible-files';
import type * as CardModule from './card-module';

/** Sends a message to the background; it may be asleep or gone (extension reloading). */
const send = (message: Message) => browser.runtime.sendMessage(message).catch(() => {});

/** Loads the card module from the extension and makes the card's view. */
async function loadCardView(events: CardViewEvents): Promise<CardView> {
  const url = browser.runtime.getURL(`/${CARD_MODULE_FILE}`);
  const module: typeof CardModule = await import(/* @vite-ignore */ url);
  return module.createPageCardView(events);
}

/**
 * Resolves at once in the top frame and in a frame someone can read; a frame without text or too
 * small to read (an ad's, a tracker's) gets nothing of ours, not even a storage read, until its DOM
 * changes or it is resized so that it is readable. The text is looked at first: `innerWidth` read
 * in a frame lays out the parent page when its layout is stale (while the page loads).
 */
const readable = () =>
  new Promise<void>((go) => {
    const bare = () =>
      (top !== self &&
        (!document.body?.textContent.trim() || innerWidth < 16 || innerHeight < 8)) ||
      // Readable now: stop watching, and go on.
      go(watch.disconnect());
    const watch = new MutationObserver(bare);
    if (bare()) {
      watch.observe(document, { childList: true, subtree: true });
      addEventListener('resize', bare);
    }
  });

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Runs in every frame too: see `frameOptions` in wxt.config.ts.
  // WXT would also announce each start with `window.postMessage`, which every message handler of
  // the page receives (and many throw on); its DOM event already stops an older copy of ours.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (!supportsHighlights()) return;
    await readable();
    // The extension was reloaded or updated meanwhile: its new copy runs here instead.
    if (ctx.signal.aborted) return;
    const start = await readPageStart();
    const page = startContentPage({
      hostname: location.hostname,
      ...start,
      loadCardView,
      report: createSummaryReporter(
        (data) => send({ type: 'pageSummaryChanged', data }),
        ctx.signal,
      ),
      requestMatcher: () =>
        send({ type: 'needMatcher', data: undefined }) as Promise<StoredMatcher | undefined>,
      signal: ctx.signal,
    });
    const unwatch = watchPageStart({ settings: page.setSettings, matcher: page.setMatcher });
    // Answered through `respond`: Chrome before 144 ignores a promise a listener returns.
    const onMessage = (message: unknown, _: unknown, respond: (answer: unknown) => void) => {
      const answer = isMessage(message) && page.handle(message);
      if (!answer) return undefined;
      answer.then(respond);
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Only `ctx.signal` is there (lib/page/script-context.ts).
    ctx.signal.addEventListener('abort', () => {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
