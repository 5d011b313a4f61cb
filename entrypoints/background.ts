import { browser, defineBackground } from '#imports';
import { isMessage } from '../lib/messages';

export default defineBackground(() => {
  // The toolbar badge shows how many mentions the sending tab has.
  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isMessage(message) || message.type !== 'pageSummaryChanged' || tabId === undefined) {
      return undefined;
    }
    const text = message.data.total > 0 ? String(message.data.total) : '';
    const action = browser.action ?? browser.browserAction;
    action.setBadgeText({ tabId, text }).catch(() => {});
    action.setBadgeBackgroundColor({ tabId, color: '#1c2a4a' }).catch(() => {});
    return undefined;
  });
});
