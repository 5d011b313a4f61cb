import { ENTITY_KINDS } from '../../data/types';
import type { Settings } from '../settings';
import type { Matcher } from '../text/compile-matcher';
import type { EntityKind } from '../text/types';
import type { HoverCard } from './card-link';
import { createHitTester } from './hit-test';
import { type PageMention, startPageHighlighter } from './page-highlighter';
import type { ShadowModule } from './page-shadows';
import { trackHover } from './track-hover';

/** Everything {@link startSession} needs. */
export interface SessionOptions {
  /** Finds at least the kinds `settings` shows; kinds it lacks stay empty until `setMatcher`. */
  matcher: Matcher;
  card: HoverCard;
  settings: Settings;
  /** The kinds `settings` shows (`visibleKinds`, worked out by the content script). */
  kinds: ReadonlySet<EntityKind>;
  /** Imports the shadow module: see lib/page/page-shadows.ts. */
  loadShadowModule?: () => Promise<ShadowModule>;
  /** Aborting stops the session as `stop()` does. */
  signal: AbortSignal;
  /** Called whenever the mentions shown change. */
  onChange: (mentions: readonly PageMention[]) => void;
  doc?: Document;
}

/** Highlighting on one page while it is switched on; `stop()` removes every trace of it. */
export function startSession(options: SessionOptions) {
  const { card } = options;
  const doc = options.doc ?? document;
  const controller = new AbortController();
  const signal = AbortSignal.any([controller.signal, options.signal]);
  let kinds = options.kinds;
  const highlighter = startPageHighlighter({
    matcher: options.matcher,
    visibleKinds: kinds,
    signal,
    doc,
    onChange: changed,
    loadShadowModule: options.loadShadowModule,
  });
  const shownMentions = () => highlighter.mentions().filter((m) => kinds.has(m.kind));
  function changed() {
    const mentions = shownMentions();
    if (!following && mentions.length) followPointer();
    options.onChange(mentions);
  }
  const mentionAtPoint = createHitTester(
    {
      mentionFor(range) {
        const mention = highlighter.mentionFor(range);
        return mention && kinds.has(mention.kind) ? mention : undefined;
      },
      shadowRoots: highlighter.shadowRoots,
    },
    doc,
  );
  // The pointer is followed from the first mention on: a page without names gets no listener.
  let following = false;
  function followPointer() {
    following = true;
    trackHover(
      highlighter,
      mentionAtPoint,
      signal,
      (mention, x, y) => card.pointerAt(mention, x, y),
      doc,
    );
    // A tap opens the card at once: touch screens have no hover.
    doc.addEventListener(
      'pointerup',
      (event) => {
        if (event.pointerType === 'mouse') return;
        const mention = mentionAtPoint(event.clientX, event.clientY);
        if (mention) card.openNow(mention, { x: event.clientX, y: event.clientY });
      },
      { passive: true, signal },
    );
  }

  /** Goes to the next mention among `mentions` and opens its card, focused (the card flashes it). */
  const jump = async (mentions: PageMention[], direction: 1 | -1, restart?: boolean) =>
    !!(await card.jump(mentions, direction, restart));

  function configure(settings: Settings, shown: ReadonlySet<EntityKind>) {
    kinds = shown;
    highlighter.setVisibleKinds(kinds);
    for (const kind of ENTITY_KINDS) {
      highlighter.setColor(kind, settings.colors[kind]);
    }
    changed();
  }
  configure(options.settings, kinds);

  return {
    /** The mentions shown, once the current scan has finished. */
    async settled(): Promise<readonly PageMention[]> {
      await highlighter.settled();
      return shownMentions();
    },
    configure,
    /** Finds other names from now on (the page is read again, old highlights kept meanwhile). */
    setMatcher: highlighter.setMatcher,
    /**
     * Goes to the next mention of `entityId` after the current one (with `restart`, to the
     * first); false for none.
     */
    reveal: (entityId: string, restart?: boolean) =>
      jump(
        highlighter.mentions().filter((m) => m.entityId === entityId),
        1,
        restart,
      ),
    /**
     * Goes to the next or previous mention on the page (keyboard command); with `restart`, to the
     * first or last (the background steps on into this frame from another).
     */
    step: ({ direction, restart }: { direction: 1 | -1; restart?: boolean }) =>
      jump(shownMentions(), direction, restart),
    stop() {
      controller.abort();
    },
  };
}

/** The object {@link startSession} returns. */
export type Session = ReturnType<typeof startSession>;
