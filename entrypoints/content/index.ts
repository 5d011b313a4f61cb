import './style.css';
import { browser, defineContentScript } from '#imports';
import { ENTITIES } from '../../data/entities';
import { isMessage, type PageSummary } from '../../lib/messages';
import { blockOf } from '../../lib/page/elements';
import { supportsHighlights } from '../../lib/page/highlights';
import { createHitTester } from '../../lib/page/hit-test';
import { startPageHighlighter } from '../../lib/page/page-highlighter';
import { summarize } from '../../lib/page/summarize';
import { trackHover } from '../../lib/page/track-hover';
import { compileMatcher } from '../../lib/text/compile-matcher';
import { rulesFromEntities } from '../../lib/text/rules';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    if (!supportsHighlights()) return;
    const matcher = compileMatcher(rulesFromEntities(ENTITIES));
    let summary: PageSummary = { total: 0, entities: [] };
    const highlighter = startPageHighlighter({
      matcher,
      visibleKinds: new Set(['person']),
      signal: ctx.signal,
      onChange() {
        summary = summarize(highlighter.mentions().filter((m) => m.kind === 'person'));
        // The background may be asleep or gone (extension reloading): the page must not care.
        browser.runtime.sendMessage({ type: 'pageSummaryChanged', data: summary }).catch(() => {});
      },
    });
    const rangeAtPoint = createHitTester({
      isOurs: (range) => highlighter.mentionFor(range) !== undefined,
      rangesNear(node) {
        const block = blockOf(node);
        return highlighter
          .mentions()
          .filter((m) => m.block === block)
          .map((m) => m.range);
      },
    });
    trackHover(highlighter, rangeAtPoint, ctx.signal);

    const onMessage = (message: unknown) => {
      if (isMessage(message) && message.type === 'getPageSummary') {
        return highlighter.settled().then(() => summary);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
