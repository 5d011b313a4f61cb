import { render } from 'preact';
import { browser, type ContentScriptContext } from '#imports';
import cardCss from '../../components/card.css?inline';
import { HoverCard } from '../../components/HoverCard';
import { ARTICLE_META, cardDataFor } from '../../lib/knowledge';
import type { Message } from '../../lib/messages';
import { createHoverIntent } from '../../lib/page/hover-intent';
import type { PageMention } from '../../lib/page/page-highlighter';
import { placeCard } from '../../lib/page/place-card';
import { createShadowHost } from '../../lib/page/shadow-host';

/** Extra rules for the popover element that carries the card into the top layer. */
const POPOVER_CSS = `
.popover { position: fixed; inset: auto; margin: 0; padding: 0; border: 0; background: none;
  overflow: visible; color: inherit; width: max-content; }
`;

/** The object {@link createCardController} returns. */
export type CardController = ReturnType<typeof createCardController>;

/** The hover card of one page: opens over mentions, follows them, and closes as readers expect. */
export function createCardController(ctx: ContentScriptContext, options: { dwellMs: number }) {
  let popover: HTMLElement | null = null;
  let host: HTMLElement | null = null;
  let stopPlacing: (() => void) | null = null;
  let returnFocus: HTMLElement | null = null;
  let lastPointer: { x: number; y: number } | undefined;
  let takeFocus = false;

  const articleHref = (sentenceIndex: number) =>
    browser.runtime.getURL(`/article.html#s-${sentenceIndex}`);
  const openArticle = (sentenceIndex: number) => {
    const message: Message = { type: 'openArticle', data: { sentenceIndex } };
    browser.runtime.sendMessage(message).catch(() => {});
  };

  /** The card's popover element, made on the first open: most pages never show a card. */
  function ensurePopover(): HTMLElement {
    if (popover) return popover;
    const ui = createShadowHost(document, 'backstory-card', cardCss + POPOVER_CSS);
    ctx.onInvalidated(ui.remove);
    const element = document.createElement('div');
    element.className = 'popover';
    element.setAttribute('popover', 'manual');
    ui.container.append(element);
    element.addEventListener('pointerenter', () => intent.enterCard());
    element.addEventListener('pointerleave', () => intent.leaveCard());
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') dismiss();
    });
    host = ui.host;
    popover = element;
    return popover;
  }

  function show(mention: PageMention) {
    const data = cardDataFor(mention.entityId);
    if (!data) return;
    const element = ensurePopover();
    render(
      <HoverCard
        entityId={mention.entityId}
        contentOf={cardDataFor}
        article={ARTICLE_META}
        articleHref={articleHref}
        onOpenArticle={openArticle}
        onClose={dismiss}
        takeFocus={takeFocus}
      />,
      element,
    );
    // A page zoom (`html { zoom: 2 }`) is inherited through the shadow root: undo it.
    const zoom = Number.parseFloat(getComputedStyle(document.documentElement).zoom) || 1;
    element.style.zoom = zoom === 1 ? '' : String(1 / zoom);
    if (!element.matches(':popover-open')) element.showPopover();
    stopPlacing?.();
    stopPlacing = placeCard(mention.range, element, lastPointer);
  }

  function hide() {
    stopPlacing?.();
    stopPlacing = null;
    if (popover) {
      if (popover.matches(':popover-open')) popover.hidePopover();
      render(null, popover);
    }
    if (takeFocus && returnFocus?.isConnected) returnFocus.focus();
    takeFocus = false;
    returnFocus = null;
  }

  let dwellMs = options.dwellMs;
  const intent = createHoverIntent<PageMention>({
    dwellMs: () => dwellMs,
    graceMs: 300,
    open: show,
    close: hide,
  });

  function dismiss() {
    intent.dismiss();
  }

  const isInCard = (event: Event) => host !== null && event.composedPath().includes(host);
  const listen = { capture: true, signal: ctx.signal } as const;
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && intent.shown) dismiss();
    },
    listen,
  );
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (intent.shown && !isInCard(event)) dismiss();
    },
    listen,
  );
  document.addEventListener(
    'selectstart',
    (event) => {
      if (intent.shown && !isInCard(event)) dismiss();
    },
    listen,
  );
  ctx.onInvalidated(() => {
    intent.stop();
    hide();
  });

  return {
    /** Every pointer position the hover tracker processed. */
    pointerAt(mention: PageMention | null, x: number, y: number) {
      lastPointer = mention ? { x, y } : lastPointer;
      intent.pointerAt(mention, x, y);
    },
    /** Opens the card at once, e.g. for a tap. */
    openNow(mention: PageMention, point?: { x: number; y: number }) {
      lastPointer = point;
      intent.openNow(mention);
    },
    /** Prepares the card's content while the page is idle, so the first open is quick. */
    warmUp(entityId: string) {
      const prepare = () => cardDataFor(entityId);
      // Called as a method: Firefox refuses a detached `requestIdleCallback`.
      if ('requestIdleCallback' in window) window.requestIdleCallback(prepare);
      else setTimeout(prepare, 200);
    },
    /** Changes the hover delay (settings apply live). */
    setDwell(ms: number) {
      dwellMs = ms;
    },
    /** Closes the card, if open. */
    close() {
      intent.dismiss();
    },
    /** Opens the card as a focused dialog for the keyboard; Escape returns focus. */
    openWithFocus(mention: PageMention) {
      // Stepping again from an open card keeps the first place focus should go back to.
      const active = document.activeElement;
      if (active !== host) returnFocus = active instanceof HTMLElement ? active : null;
      takeFocus = true;
      lastPointer = undefined;
      intent.openNow(mention);
    },
  };
}
