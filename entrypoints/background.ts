import { browser, defineBackground } from '#imports';
import { keepMatcherCompiled } from '../lib/knowledge/keep-matcher-compiled';
import { isMessage, type Message } from '../lib/messages';

/** Keyboard commands (manifest `commands`) and the direction each steps through mentions. */
const STEPS: Record<string, 1 | -1> = { 'next-mention': 1, 'previous-mention': -1 };

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  const matcher = keepMatcherCompiled(browser.storage.local);
  // An update may change the names: compile afresh.
  browser.runtime.onInstalled.addListener(() => void matcher.ensure(true));
  browser.runtime.onStartup.addListener(() => void matcher.ensure());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && matcher.affectedBy(changes)) void matcher.ensure();
  });

  browser.runtime.onMessage.addListener((message, sender, respond) => {
    if (!isMessage(message)) return undefined;
    const tabId = sender.tab?.id;
    if (message.type === 'pageSummaryChanged' && tabId !== undefined) {
      // The toolbar badge shows how many mentions the sending tab has.
      const text = message.data.total > 0 ? String(message.data.total) : '';
      action.setBadgeText({ tabId, text }).catch(() => {});
      action.setBadgeBackgroundColor({ tabId, color: '#1c2a4a' }).catch(() => {});
    } else if (message.type === 'openArticle') {
      const url = browser.runtime.getURL(`/article.html#s-${message.data.sentenceIndex}`);
      browser.tabs.create({ url, index: sender.tab ? sender.tab.index + 1 : undefined });
    } else if (message.type === 'needMatcher') {
      // Answered through `respond` (Chrome before 144 ignores a returned promise).
      matcher.stored().then(respond, () => respond(undefined));
      return true;
    }
    return undefined;
  });

  // A new document starts uncounted; its content script reports again once it has looked.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') action.setBadgeText({ tabId, text: '' }).catch(() => {});
  });

  browser.commands.onCommand.addListener(async (command) => {
    const direction = STEPS[command];
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: Message = { type: 'stepMention', data: { direction } };
    browser.tabs.sendMessage(tab.id, message).catch(() => {});
  });
});
