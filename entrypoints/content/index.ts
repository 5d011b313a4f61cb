import './style.css';
import { browser, defineContentScript } from '#imports';
import { ENTITIES } from '../../data/entities';
import { isMessage, type Message, type PageSummary } from '../../lib/messages';
import { blockOf } from '../../lib/page/elements';
import { supportsHighlights } from '../../lib/page/highlights';
import { createHitTester } from '../../lib/page/hit-test';
import { type PageMention, startPageHighlighter } from '../../lib/page/page-highlighter';
import { scrollMentionIntoView } from '../../lib/page/place-card';
import { stepMention } from '../../lib/page/step-mention';
import { summarize } from '../../lib/page/summarize';
import { trackHover } from '../../lib/page/track-hover';
import { compileMatcher } from '../../lib/text/compile-matcher';
import { rulesFromEntities } from '../../lib/text/rules';
import { createCardController } from './card';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    if (!supportsHighlights()) return;
    const visibleKinds = new Set(['person'] as const);
    let summary: PageSummary = { total: 0, entities: [] };
    const highlighter = startPageHighlighter({
      matcher: compileMatcher(rulesFromEntities(ENTITIES)),
      visibleKinds,
      signal: ctx.signal,
      onChange() {
        summary = summarize(visibleMentions());
        const message: Message = { type: 'pageSummaryChanged', data: summary };
        // The background may be asleep or gone (extension reloading): the page must not care.
        browser.runtime.sendMessage(message).catch(() => {});
      },
    });
    const visibleMentions = () =>
      highlighter.mentions().filter((m) => visibleKinds.has(m.kind as 'person'));
    const rangeAtPoint = createHitTester({
      isOurs: (range) => highlighter.mentionFor(range) !== undefined,
      rangesNear(node) {
        const block = blockOf(node);
        return visibleMentions()
          .filter((m) => m.block === block)
          .map((m) => m.range);
      },
    });
    const card = createCardController(ctx, { dwellMs: 350 });
    trackHover(highlighter, rangeAtPoint, ctx.signal, (mention, x, y) => {
      if (mention === null || visibleKinds.has(mention.kind as 'person'))
        card.pointerAt(mention, x, y);
    });

    // A tap opens the card at once: touch screens have no hover.
    document.addEventListener(
      'pointerup',
      (event) => {
        if (event.pointerType === 'mouse') return;
        const range = rangeAtPoint(event.clientX, event.clientY);
        const mention = range && highlighter.mentionFor(range);
        if (mention) card.openNow(mention, { x: event.clientX, y: event.clientY });
      },
      { passive: true, signal: ctx.signal },
    );

    let stepped: PageMention | null = null;
    const onMessage = (message: unknown) => {
      if (!isMessage(message)) return undefined;
      if (message.type === 'getPageSummary') return highlighter.settled().then(() => summary);
      if (message.type === 'stepMention') {
        stepped = stepMention(visibleMentions(), stepped, message.data.direction);
        if (stepped) {
          scrollMentionIntoView(stepped.range);
          highlighter.setHovered(stepped);
          card.openWithFocus(stepped);
        }
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
