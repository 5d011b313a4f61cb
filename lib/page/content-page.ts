import { MATCHER_FORMAT, type StoredMatcher } from '../knowledge/stored-matcher';
import type { Message, PageSummary } from '../messages';
import { isActiveOn, type Settings, visibleKinds } from '../settings';
import type { Matcher } from '../text/compile-matcher';
import { matcherFromData } from '../text/matcher-data';
import type { EntityKind } from '../text/types';
import { type CardControllerOptions, createCardController } from './card-controller';
import type { PageMention } from './page-highlighter';
import { type Session, startSession } from './page-session';
import { summarize } from './summarize';

/** Everything one page's content script is given by its entrypoint. */
export interface ContentPageOptions {
  hostname: string;
  /** The settings and the matcher as stored when the page started (one storage read). */
  settings: Settings;
  matcher: StoredMatcher | undefined;
  /** Loads the card module (on the first dwell, tap or keyboard jump). */
  loadCardView: CardControllerOptions['loadView'];
  /** Sends the page's counts on (to the background, for the badge). */
  report(summary: PageSummary): void;
  /**
   * Asks for a matcher of the kinds shown (none is stored yet, or not for these kinds); resolves
   * with the stored one once the background has compiled it, or `undefined` if it could not ask.
   */
  requestMatcher(): Promise<StoredMatcher | undefined>;
  /** Aborting (extension reloaded or updated) removes every highlight and listener. */
  signal: AbortSignal;
  doc?: Document;
}

/**
 * Backstory on one page: highlights while it is switched on for the page's site, with the
 * stored matcher as it changes; answers the popup's and the background's messages.
 */
export function startContentPage(options: ContentPageOptions) {
  const { hostname, signal } = options;
  let settings = options.settings;
  let stored = options.matcher;
  // The stored matcher, made ready on first need after each change.
  let ready: Matcher | null = null;
  let requested = false;
  let session: Session | null = null;
  // The matcher the session reads the page with.
  let reading: Matcher | null = null;
  const card = createCardController({
    loadView: options.loadCardView,
    dwellMs: settings.hoverDelayMs,
    signal,
  });

  /** The page's counts and state. */
  const summary = (mentions: readonly PageMention[] = []): PageSummary =>
    summarize(mentions, {
      state: !settings.enabled ? 'off' : isActiveOn(settings, hostname) ? 'active' : 'paused',
      hostname,
    });

  /** The stored matcher if it finds every kind shown; else asks for one (once per change). */
  function matcherFor(kinds: ReadonlySet<EntityKind>): Matcher | null {
    const from = stored;
    if (from?.format === MATCHER_FORMAT && [...kinds].every((k) => from.kinds.includes(k))) {
      // Only the index is parsed: the rules and tries stay text until a page meets their words.
      ready ??= matcherFromData({ ...JSON.parse(from.index), ...from });
      return ready;
    }
    if (!requested) {
      requested = true;
      // The answer, not only the storage event: a page that read storage just before the
      // background wrote it may never see that event (its listener reached the browser late).
      void options.requestMatcher().then((next) => {
        if (next && next.index !== stored?.index) setMatcher(next);
      });
    }
    return null;
  }

  function apply() {
    card.setDwell(settings.hoverDelayMs);
    if (!isActiveOn(settings, hostname)) {
      if (!session) return;
      session.stop();
      session = null;
      reading = null;
      card.close();
      options.report(summary());
      return;
    }
    const kinds = visibleKinds(settings);
    const matcher = matcherFor(kinds);
    if (!session) {
      if (!matcher) return;
      reading = matcher;
      session = startSession({
        matcher,
        card,
        settings,
        signal,
        doc: options.doc,
        onChange: (mentions) => options.report(summary(mentions)),
      });
      return;
    }
    if (matcher && matcher !== reading) {
      reading = matcher;
      session.setMatcher(matcher);
    }
    session.configure(settings);
  }

  function setMatcher(next: StoredMatcher | undefined) {
    stored = next;
    ready = null;
    requested = false;
    apply();
  }

  apply();

  return {
    /** The settings changed (in any extension page or tab). */
    setSettings(next: Settings) {
      settings = next;
      // Asked again if still missing: a request may have been lost.
      requested = false;
      apply();
    },
    /** The stored matcher changed (the background compiled it for other kinds or names). */
    setMatcher,
    /** Answers a message from the popup or the background; `undefined` for no answer. */
    handle(message: Message): Promise<unknown> | undefined {
      // Whatever else another version of the extension may send is left unanswered.
      switch (message?.type) {
        case 'getPageSummary':
          return Promise.resolve(session ? session.settled().then(summary) : summary());
        case 'revealEntity':
          return (
            session?.reveal(message.data.entityId, message.data.restart) ?? Promise.resolve(false)
          );
        case 'stepMention':
          void session?.step(message.data);
          break;
        case 'closeCard':
          card.close();
      }
      return undefined;
    },
  };
}
