import 'virtual:backstory-highlights.css';
import { browser, defineContentScript } from '#imports';
import { isMessage, type Message, type PageSummary } from '../../lib/messages';
import { supportsHighlights } from '../../lib/page/highlights';
import { createSummaryReporter, summarize } from '../../lib/page/summarize';
import { isActiveOn, type Settings } from '../../lib/settings';
import { onSettingsChanged, readSettings } from '../../lib/settings-watch';
import { createCardController } from './card';
import { lazyCardController } from './lazy-card';
import { createMatcherCache } from './matchers';
import { type Session, startSession } from './session';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT would also announce each start with `window.postMessage`, which every message handler of
  // the page receives (and many throw on); its DOM event already stops an older copy of ours.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (!supportsHighlights()) return;
    const hostname = location.hostname;
    const matcherFor = createMatcherCache();
    let settings = await readSettings();
    const card = lazyCardController(
      (dwellMs) => createCardController(ctx, { dwellMs }),
      settings.hoverDelayMs,
    );
    let session: Session | null = null;

    const pageState = (): Pick<PageSummary, 'state' | 'hostname'> => ({
      state: !settings.enabled ? 'off' : isActiveOn(settings, hostname) ? 'active' : 'paused',
      hostname,
    });
    const report = createSummaryReporter((summary: PageSummary) => {
      const message: Message = { type: 'pageSummaryChanged', data: summary };
      // The background may be asleep or gone (extension reloading): the page must not care.
      browser.runtime.sendMessage(message).catch(() => {});
    });

    function apply(next: Settings) {
      settings = next;
      card.setDwell(settings.hoverDelayMs);
      const active = isActiveOn(settings, hostname);
      if (active && !session) {
        session = startSession(ctx, {
          matcherFor,
          card,
          settings,
          onChange: (mentions) => report(summarize(mentions, pageState())),
        });
      } else if (!active && session) {
        session.stop();
        session = null;
        card.close();
        report(summarize([], pageState()));
      } else {
        session?.configure(settings);
      }
    }
    apply(settings);
    ctx.onInvalidated(onSettingsChanged(apply));

    const onMessage = (message: unknown) => {
      if (!isMessage(message)) return undefined;
      switch (message.type) {
        case 'getPageSummary':
          return session
            ? session.summary(pageState())
            : Promise.resolve(summarize([], pageState()));
        case 'revealEntity':
          return Promise.resolve(session?.reveal(message.data.entityId) ?? false);
        case 'stepMention':
          session?.step(message.data.direction);
          return undefined;
        default:
          return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
