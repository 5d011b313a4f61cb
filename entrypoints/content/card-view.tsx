// The card's view: renders and places the card, and dismisses it as readers expect. Part of the
// card module (card-module.tsx), which the content script imports on the first hover.

import { render } from 'preact';
import cardCss from '../../components/card.css?inline';
import { HoverCard } from '../../components/HoverCard';
import { articleKnowledge } from '../../lib/knowledge';
import { foundAs } from '../../lib/knowledge/found-as';
import { BUNDLED_ARTICLE } from '../../lib/library/bundled-article';
import { type CardContents, createCardContents } from '../../lib/page/card-contents';
import type { CardPoint, CardView, CardViewEvents } from '../../lib/page/card-controller';
import { flashRanges } from '../../lib/page/highlights';
import type { PageMention } from '../../lib/page/page-mentions';
import { inPageOrder } from '../../lib/page/page-order';
import { placeCard } from '../../lib/page/place-card';
import { scrollMentionIntoView } from '../../lib/page/scroll-into-view';
import { createShadowHost } from '../../lib/page/shadow-host';
import { stepMention } from '../../lib/page/step-mention';

/** Extra rules for the popover element that carries the card into the top layer. */
const POPOVER_CSS = `
.popover { position: fixed; inset: auto; margin: 0; padding: 0; border: 0; background: none;
  overflow: visible; color: inherit; width: max-content; }
`;

/** What the content script hands the card: the page's events and the article's links. */
export interface CardViewDeps extends CardViewEvents {
  /** The article page's URL at a sentence (of the bundled article when no id is given). */
  articleHref(sentenceIndex: number, articleId?: string): string;
  /** Opens the article page at a sentence (a page cannot navigate to an extension URL). */
  openArticle(sentenceIndex: number, articleId?: string): void;
}

/** The bundled article's knowledge: the card's content when the background cannot answer. */
export const bundled = articleKnowledge(BUNDLED_ARTICLE);

/** How a card is shown: from a pointer, or taking focus (a keyboard or popup jump). */
interface ShowOptions {
  pointer: CardPoint;
  takeFocus: boolean;
}

/**
 * Makes the card's view; its host element is added on the first show. While a card is open,
 * Escape, a click or a text selection outside it dismiss it; a card that took focus gives it
 * back when it closes.
 */
export function createCardView(
  deps: CardViewDeps,
  doc: Document = document,
  contents: CardContents = createCardContents(
    async () => ({}),
    (id) => bundled.cardDataFor(id),
  ),
): CardView {
  // Counts shows and hides: content that comes after its card was hidden or replaced is not shown.
  let showing = 0;
  let popover: HTMLElement | null = null;
  let host: HTMLElement | null = null;
  let removeHost: (() => void) | null = null;
  let stopPlacing: (() => void) | null = null;
  let listening: AbortController | null = null;
  let returnFocus: HTMLElement | null = null;
  let unflash: (() => void) | null = null;

  const isInCard = (event: Event) => host !== null && event.composedPath().includes(host);
  const dismissOutside = (event: Event) => {
    if (!isInCard(event)) deps.dismiss();
  };

  /** The document's listeners that dismiss the card, only while it is open. */
  function listenWhileOpen() {
    if (listening) return;
    listening = new AbortController();
    const listen = { capture: true, signal: listening.signal };
    doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') deps.dismiss();
      },
      listen,
    );
    doc.addEventListener('pointerdown', dismissOutside, listen);
    doc.addEventListener('selectstart', dismissOutside, listen);
  }

  function ensurePopover(): HTMLElement {
    // A page may have removed our host: a popover out of the document cannot be shown.
    if (popover && host?.isConnected) return popover;
    const ui = createShadowHost(doc, 'backstory-card', cardCss + POPOVER_CSS);
    const element = doc.createElement('div');
    element.className = 'popover';
    element.setAttribute('popover', 'manual');
    ui.container.append(element);
    element.addEventListener('pointerenter', deps.enter);
    element.addEventListener('pointerleave', deps.leave);
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') deps.dismiss();
    });
    host = ui.host;
    removeHost = ui.remove;
    popover = element;
    return element;
  }

  function display(mention: PageMention, { pointer, takeFocus }: ShowOptions) {
    const content = contents.now(mention.entityId);
    if (!content) return;
    // The names met beside it, so picking one in the card shows it at once.
    void contents.load(content.related.map((entity) => entity.id));
    const element = ensurePopover();
    // Stepping again from an open card keeps the first place focus should go back to.
    const active = doc.activeElement;
    if (takeFocus && active !== host) {
      returnFocus = active instanceof HTMLElement ? active : null;
    }
    if (takeFocus) {
      // A jump (keyboard, popup): the name is brought into view and marked for a moment.
      scrollMentionIntoView(mention.range);
      unflash?.();
      unflash = flashRanges(mention.pieces);
    }
    listenWhileOpen();
    render(
      <HoverCard
        entityId={mention.entityId}
        contentOf={contents.now}
        loadContent={(id) => contents.load([id])}
        article={bundled.meta}
        articleHref={deps.articleHref}
        onOpenArticle={deps.openArticle}
        onClose={deps.dismiss}
        takeFocus={takeFocus}
        foundAs={foundAs(mention.entityId, mention.text)}
      />,
      element,
    );
    // A page zoom (`html { zoom: 2 }`) is inherited through the shadow root: undo it.
    const zoom = Number.parseFloat(getComputedStyle(doc.documentElement).zoom) || 1;
    element.style.zoom = zoom === 1 ? '' : String(1 / zoom);
    if (!element.matches(':popover-open')) element.showPopover();
    stopPlacing?.();
    stopPlacing = placeCard(mention.range, element, pointer);
  }

  return {
    show(mention, options) {
      const shown = ++showing;
      if (contents.now(mention.entityId)) return display(mention, options);
      void contents.load([mention.entityId]).then(() => {
        if (shown === showing) display(mention, options);
      });
    },
    prepare(mention) {
      void contents.load([mention.entityId]);
    },
    next: (mentions, current, direction) => stepMention(inPageOrder(mentions), current, direction),
    hide() {
      showing++;
      stopPlacing?.();
      stopPlacing = null;
      listening?.abort();
      listening = null;
      if (popover) {
        if (popover.matches(':popover-open')) popover.hidePopover();
        render(null, popover);
      }
      if (returnFocus?.isConnected) returnFocus.focus();
      returnFocus = null;
    },
    remove() {
      this.hide();
      unflash?.();
      removeHost?.();
      popover = host = removeHost = null;
    },
  };
}
