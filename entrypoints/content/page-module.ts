// The page module: what the content script does on a page it can read, built apart from
// content.js (scripts/build-modules.ts) and imported by it from the extension, so that the
// browser compiles it off the page's main thread (see COMPILE_ALL_HINT there).

import { browser } from 'wxt/browser';
import type { StoredMatcher } from '../../lib/knowledge/stored-matcher';
import type { Message } from '../../lib/messages';
import type { CardView, CardViewEvents } from '../../lib/page/card-controller';
import { startContentPage } from '../../lib/page/content-page';
import { createSummaryReporter } from '../../lib/page/summarize';
import { pageStartFrom, type StoredPageStart, watchPageStart } from '../../lib/settings-watch';
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
 * Backstory on this page, from what the content script read of storage; stops, with every
 * highlight and listener gone, when `signal` aborts (the extension was reloaded or updated).
 */
export function startPage(stored: StoredPageStart, signal: AbortSignal): void {
  const page = startContentPage({
    hostname: location.hostname,
    ...pageStartFrom(stored),
    loadCardView,
    report: createSummaryReporter((data) => send({ type: 'pageSummaryChanged', data }), signal),
    requestMatcher: () =>
      send({ type: 'needMatcher', data: undefined }) as Promise<StoredMatcher | undefined>,
    signal,
  });
  const unwatch = watchPageStart({ settings: page.setSettings, matcher: page.setMatcher });
  // Answered through `respond`: Chrome before 144 ignores a promise a listener returns. Only our
  // own extension's pages and background can message a content script.
  const onMessage = (message: Message, _: unknown, respond: (answer: unknown) => void) => {
    // The popup's "Add this page": the address and a copy of the document, for Readability in
    // the extension (a popup without the "tabs" permission is not told the tab's address).
    if (message.type === 'pageCopy')
      return respond([document.URL, document.documentElement.outerHTML]);
    const answer = page.handle(message);
    if (!answer) return undefined;
    answer.then(respond);
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
  });
}
