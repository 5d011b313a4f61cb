import type { ContentScriptContext } from '#imports';
import { ENTITY_KINDS } from '../../data/types';
import type { PageSummary } from '../../lib/messages';
import { blockOf } from '../../lib/page/elements';
import { createHitTester } from '../../lib/page/hit-test';
import { type PageMention, startPageHighlighter } from '../../lib/page/page-highlighter';
import { scrollMentionIntoView } from '../../lib/page/place-card';
import { stepMention } from '../../lib/page/step-mention';
import { summarize } from '../../lib/page/summarize';
import { trackHover } from '../../lib/page/track-hover';
import { type Settings, visibleKinds } from '../../lib/settings';
import type { Matcher } from '../../lib/text/compile-matcher';
import type { EntityKind } from '../../lib/text/types';
import type { CardController } from './card';

/** Highlighting on one page while it is switched on; `stop()` removes every trace of it. */
export function startSession(
  ctx: ContentScriptContext,
  options: {
    /** The matcher for the names of `kinds` (compiled once per set of kinds). */
    matcherFor: (kinds: ReadonlySet<EntityKind>) => Matcher;
    card: CardController;
    settings: Settings;
    /** Called whenever the mentions shown change. */
    onChange: (mentions: readonly PageMention[]) => void;
  },
) {
  const { card } = options;
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  const signal = controller.signal;
  let kinds = visibleKinds(options.settings);
  // Only the kinds switched on are looked for: a kind switched on later costs one more read of
  // the page, a kind switched off is hidden at once.
  let searched = new Set(kinds);
  let warmed = false;
  const highlighter = startPageHighlighter({
    matcher: options.matcherFor(searched),
    visibleKinds: kinds,
    signal,
    onChange: () => {
      const mentions = shownMentions();
      if (!warmed && mentions[0]) {
        warmed = true;
        card.warmUp(mentions[0].entityId);
      }
      options.onChange(mentions);
    },
  });
  const shownMentions = () => highlighter.mentions().filter((m) => kinds.has(m.kind));
  const rangeAtPoint = createHitTester({
    isOurs: (range) => {
      const mention = highlighter.mentionFor(range);
      return mention !== undefined && kinds.has(mention.kind);
    },
    rangesNear(node) {
      const block = blockOf(node);
      return shownMentions()
        .filter((m) => m.block === block)
        .map((m) => m.range);
    },
  });
  trackHover(highlighter, rangeAtPoint, signal, (mention, x, y) => card.pointerAt(mention, x, y));

  // A tap opens the card at once: touch screens have no hover.
  document.addEventListener(
    'pointerup',
    (event) => {
      if (event.pointerType === 'mouse') return;
      const range = rangeAtPoint(event.clientX, event.clientY);
      const mention = range && highlighter.mentionFor(range);
      if (mention) card.openNow(mention, { x: event.clientX, y: event.clientY });
    },
    { passive: true, signal },
  );

  let current: PageMention | null = null;
  function jumpTo(mention: PageMention | null): boolean {
    current = mention;
    if (!mention) return false;
    scrollMentionIntoView(mention.range);
    highlighter.flash(mention);
    card.openWithFocus(mention);
    return true;
  }

  function configure(settings: Settings) {
    kinds = visibleKinds(settings);
    if ([...kinds].some((kind) => !searched.has(kind))) {
      searched = new Set([...searched, ...kinds]);
      highlighter.setMatcher(options.matcherFor(searched));
    }
    highlighter.setVisibleKinds(kinds);
    for (const kind of ENTITY_KINDS) {
      highlighter.setColor(kind, settings.colors[kind]);
    }
    options.onChange(shownMentions());
  }
  configure(options.settings);

  return {
    /** The page's counts, once the current scan has finished. */
    async summary(page: Pick<PageSummary, 'state' | 'hostname'>): Promise<PageSummary> {
      await highlighter.settled();
      return summarize(shownMentions(), page);
    },
    configure,
    /** Goes to the next mention of `entityId` after the current one. */
    reveal(entityId: string): boolean {
      const ofEntity = highlighter.mentions().filter((m) => m.entityId === entityId);
      return jumpTo(stepMention(ofEntity, current, 1));
    },
    /** Goes to the next or previous mention on the page (keyboard command). */
    step(direction: 1 | -1): boolean {
      return jumpTo(stepMention(shownMentions(), current, direction));
    },
    stop() {
      controller.abort();
    },
  };
}

/** The object {@link startSession} returns. */
export type Session = ReturnType<typeof startSession>;
