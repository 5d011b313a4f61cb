import { browser, defineBackground } from '#imports';
import { keepMatcherCompiled } from '../lib/knowledge/keep-matcher-compiled';
import { BUNDLED_ID } from '../lib/library/article';
import { articlePath } from '../lib/library/article-link';
import { createLibraryService } from '../lib/library/library-service';
import { openLibrary } from '../lib/library/library-store';
import { isMessage } from '../lib/messages';
import { stepTab } from '../lib/step-tab';
import { createTabFramesStore } from '../lib/tab-frames-store';

/** Keyboard commands (manifest `commands`) and the direction each steps through mentions. */
const STEPS: Record<string, 1 | -1> = { 'next-mention': 1, 'previous-mention': -1 };

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  const library = createLibraryService(openLibrary());
  const matcher = keepMatcherCompiled(browser.storage.local, library.entities);
  // Each frame's counts, kept in session storage: the MV3 worker may stop between two reports.
  const tabs = createTabFramesStore(browser.storage.session);
  // An update may change the names: compile afresh.
  browser.runtime.onInstalled.addListener(() => void matcher.ensure(true));
  browser.runtime.onStartup.addListener(() => void matcher.ensure());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && matcher.affectedBy(changes)) void matcher.ensure();
  });

  /** The toolbar badge shows how many mentions the tab has, all its frames together. */
  const showTotal = (tabId: number, total: number) => {
    action.setBadgeText({ tabId, text: total > 0 ? String(total) : '' }).catch(() => {});
    action.setBadgeBackgroundColor({ tabId, color: '#1c2a4a' }).catch(() => {});
  };

  browser.runtime.onMessage.addListener((message, sender, respond) => {
    if (!isMessage(message)) return undefined;
    const tabId = sender.tab?.id;
    // Answers go through `respond` (Chrome before 144 ignores a returned promise).
    if (message.type === 'pageSummaryChanged' && tabId !== undefined) {
      void tabs
        .report(tabId, sender.frameId ?? 0, message.data)
        .then((total) => showTotal(tabId, total));
    } else if (message.type === 'getTabFrames') {
      tabs.get(message.data.tabId).then((record) => respond(record.frames));
      return true;
    } else if (message.type === 'openArticle') {
      const { articleId = BUNDLED_ID, sentenceIndex } = message.data;
      const url = browser.runtime.getURL(articlePath(articleId, sentenceIndex));
      browser.tabs.create({ url, index: sender.tab ? sender.tab.index + 1 : undefined });
    } else if (message.type === 'cardContent') {
      library.cards(message.data.entityIds).then(respond, () => respond({}));
      return true;
    } else if (message.type === 'libraryChanged') {
      // The pages hear of it through the stored matcher, which changes.
      library.changed();
      void matcher.ensure(true);
    } else if (message.type === 'needMatcher') {
      matcher.stored().then(respond, () => respond(undefined));
      return true;
    }
    return undefined;
  });

  // A new top document starts uncounted; its frames report again once they have looked. (Only
  // when the URL changes: in Chromium a frame loading also sets the tab's status to 'loading'.
  // A reload is covered by each counted frame's goodbye on `pagehide`.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' || !change.url) return;
    void tabs.forget(tabId);
    showTotal(tabId, 0);
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));

  // The keyboard steps through the whole tab, frame after frame (lib/step-tab.ts).
  browser.commands.onCommand.addListener(async (command) => {
    const direction = STEPS[command];
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const tabId = tab?.id;
    if (tabId === undefined) return;
    await stepTab(tabs, tabId, direction, (frameId, message) => {
      browser.tabs.sendMessage(tabId, message, { frameId }).catch(() => {});
    });
  });
});
