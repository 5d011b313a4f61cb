// The card module: everything a card needs (its controller and hover intent, Preact, the
// components, their CSS, the card content, its placement), built apart from content.js
// (scripts/build-modules.ts) and imported by the page module from the extension the first time the
// pointer comes onto a name, on a tap or on a keyboard jump (lib/page/card-link.ts).

import { browser } from 'wxt/browser';
import { MATCHER_KEY } from '../../lib/knowledge/stored-matcher';
import { BUNDLED_ID } from '../../lib/library/article';
import { articlePath } from '../../lib/library/article-link';
import type { Message, Protocol } from '../../lib/messages';
import { createCardContents } from '../../lib/page/card-contents';
import {
  type CardView,
  type CardViewEvents,
  createCardController,
} from '../../lib/page/card-controller';
import { bundled, createCardView } from './card-view';

/** Asks the background for cards: it reads the library, which a content script cannot. */
async function fetchCards(entityIds: string[]) {
  const message: Message = { type: 'cardContent', data: { entityIds } };
  const cards = (await browser.runtime.sendMessage(message)) as
    | Protocol['cardContent']['response']
    | undefined;
  if (!cards) throw new Error('No answer from the background');
  return cards;
}

/**
 * The view as the content script makes it: each card from every article switched on (the
 * background's answer; the bundled article's own when it gives none), forgotten whenever the
 * library changes (the background then stores a new matcher); the article's links lead to the
 * extension's article page (opened by the background: a page cannot navigate to an extension URL).
 */
export function createPageCardView(events: CardViewEvents): CardView {
  const contents = createCardContents(fetchCards, (id) => bundled.cardDataFor(id));
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && MATCHER_KEY in changes) contents.clear();
  };
  browser.storage.onChanged.addListener(onStorage);
  const view = createCardView(
    {
      ...events,
      articleHref: (sentenceIndex, articleId = BUNDLED_ID) =>
        browser.runtime.getURL(articlePath(articleId, sentenceIndex)),
      openArticle: (sentenceIndex, articleId = BUNDLED_ID) => {
        const data = { sentenceIndex, articleId };
        browser.runtime.sendMessage({ type: 'openArticle', data }).catch(() => {});
      },
    },
    document,
    contents,
  );
  return {
    ...view,
    remove() {
      browser.storage.onChanged.removeListener(onStorage);
      view.remove();
    },
  };
}

/** The card's controller, with its view made at once: this module is loaded already. */
export function createPageCard(dwellMs: number, signal: AbortSignal) {
  return createCardController({
    loadView: async (events) => createPageCardView(events),
    dwellMs,
    signal,
  });
}
