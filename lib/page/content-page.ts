// Backstory on one page, run by the content script itself: the settings, the stored matcher,
// whether the page may hold a name at all, and the popup's and the background's messages. The
// page module (the reading, the highlights, hover, the card's controller) is imported only once
// the page may hold a name: most pages never compile it.

import { findsKinds, type StoredMatcher } from '../knowledge/stored-matcher';
import type { Message, PageSummary } from '../messages';
import { isActiveOn, pageStateOn, type Settings, visibleKinds } from '../settings';
import type { Matcher } from '../text/compile-matcher';
import type { HoverCard } from './card-link';
import { awaitNames } from './name-presence';
import type { PageMention } from './page-highlighter';
import type { Session, startSession } from './page-session';
import { createSummaryReporter, summarize } from './summarize';

/** What the content script lends the page module: the extension API it uses (touched once). */
export interface ExtensionLink {
  /** The address of a file of the extension (`/modules/card.js`...). */
  url(file: string): string;
  /** Sends a message to the background; resolves with its answer, undefined if it is gone. */
  send(message: Message): Promise<unknown>;
}

/** What the page module gives the content page once imported (entrypoints/content/page-module.ts). */
export interface PageParts {
  /** The stored matcher, ready to read with: only its index is parsed. */
  matcherFrom(stored: StoredMatcher): Matcher;
  startSession: typeof startSession;
  /** The hover card's controller (it loads the card module when a card may open). */
  createCard(dwellMs: number, signal: AbortSignal): HoverCard;
}

/** Everything one page's content script is given by its entrypoint. */
export interface ContentPageOptions {
  hostname: string;
  /** The settings and the matcher as stored when the page started (one storage read). */
  settings: Settings;
  matcher: StoredMatcher | undefined;
  /** Imports the page module; rejects if it cannot (the extension was updated or removed). */
  loadParts(): Promise<PageParts>;
  /**
   * Asks for a matcher of the kinds shown (none is stored yet, or not for these kinds); resolves
   * with the stored one once the background has compiled it, or `undefined` if it could not ask.
   */
  requestMatcher(): Promise<StoredMatcher | undefined>;
  /** Sends the page's counts to the background, for the badge (see `createSummaryReporter`). */
  sendSummary(summary: PageSummary): void;
  /** Aborting (extension reloaded or updated) removes every highlight and listener. */
  signal: AbortSignal;
  doc?: Document;
}

/**
 * Highlights while Backstory is switched on for the page's site, with the stored matcher as it
 * changes, from the moment the page may hold a name: at once, or when text that may hold one
 * arrives (lib/page/name-presence.ts). Answers the popup and the background meanwhile.
 */
export function startContentPage(options: ContentPageOptions) {
  const { hostname, signal, doc = document } = options;
  let settings = options.settings;
  let stored = options.matcher;
  let parts: PageParts | null = null;
  let loading: Promise<void> | null = null;
  // Stops watching the page for text that may hold a name (until the page module is imported).
  let unwatch = () => {};
  // The stored matcher, made ready on first need after each change.
  let ready: Matcher | null = null;
  let requested = false;
  let session: Session | null = null;
  // The matcher the session reads the page with.
  let reading: Matcher | null = null;
  let card: HoverCard | null = null;

  let report: ((summary: PageSummary) => void) | undefined;

  /** The page's counts and state. */
  const summary = (mentions: readonly PageMention[] = []): PageSummary =>
    summarize(mentions, { state: pageStateOn(settings, hostname), hostname });

  /** Imports the page module (once) and goes on with it. */
  function load() {
    unwatch();
    loading ??= options
      .loadParts()
      // Cannot be had (the extension went away): the page stays as it was.
      .catch(() => null)
      .then((loaded) => {
        loading = null;
        parts = signal.aborted ? null : loaded;
        if (parts) apply();
      });
  }

  function apply() {
    // A late answer or storage event after the extension went away starts nothing.
    if (signal.aborted) return;
    card?.setDwell(settings.hoverDelayMs);
    if (!isActiveOn(settings, hostname)) {
      unwatch();
      if (!session) return;
      session.stop();
      session = null;
      reading = null;
      card?.close();
      report?.(summary());
      return;
    }
    const kinds = visibleKinds(settings);
    const usable = findsKinds(stored, kinds);
    if (!usable && !requested) {
      requested = true;
      // The answer, not only the storage event: a page that read storage just before the
      // background wrote it may never see that event (its listener reached the browser late).
      void options.requestMatcher().then((next) => {
        // Not the one already read (the storage event came first); the same names in another
        // format (an update) are taken.
        if (next && next.compiledAt !== stored?.compiledAt) setMatcher(next);
      });
    }
    if (!parts) {
      // Looked at again after each change (the names, or switched on for the site).
      if (usable && !loading) {
        unwatch();
        unwatch = awaitNames(doc, new RegExp((stored as StoredMatcher).presence), load);
      }
      return;
    }
    if (usable) ready ??= parts.matcherFrom(stored as StoredMatcher);
    const matcher = usable ? ready : null;
    if (!session) {
      if (!matcher) return;
      reading = matcher;
      card ??= parts.createCard(settings.hoverDelayMs, signal);
      report ??= createSummaryReporter(options.sendSummary, signal);
      session = parts.startSession({
        matcher,
        card,
        settings,
        kinds,
        signal,
        doc,
        onChange: (mentions) => report?.(summary(mentions)),
      });
      return;
    }
    if (matcher && matcher !== reading) {
      reading = matcher;
      session.setMatcher(matcher);
    }
    session.configure(settings, kinds);
  }

  function setMatcher(next: StoredMatcher | undefined) {
    stored = next;
    ready = null;
    requested = false;
    apply();
  }

  /** Answers a message from the popup or the background; `undefined` for no answer. */
  function handle(message: Message): Promise<unknown> | undefined {
    // The popup's "Add this page": the address and a copy of the document, for Readability in
    // the extension (a popup without the "tabs" permission is not told the tab's address).
    if (message?.type === 'pageCopy') {
      return Promise.resolve([doc.URL, doc.documentElement.outerHTML]);
    }
    // Answered once the page module has started reading.
    if (loading) return loading.then(() => handle(message));
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
        card?.close();
    }
    return undefined;
  }

  signal.addEventListener('abort', () => unwatch());
  apply();

  return {
    /** The settings changed (in any extension page or tab). */
    setSettings(next: Settings) {
      settings = next;
      // Asked again if still missing: a request may have been lost.
      requested = false;
      apply();
    },
    /** The stored matcher changed (the library or the kinds shown changed). */
    setMatcher,
    handle,
  };
}
