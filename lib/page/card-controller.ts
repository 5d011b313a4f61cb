import { type Clock, createHoverIntent } from './hover-intent';
import type { PageMention } from './page-highlighter';

/** Where a card opens from: a pointer position, or none for the keyboard. */
export type CardPoint = { x: number; y: number } | undefined;

/**
 * The card's view, from the card module: it renders and places the card, and dismisses it as
 * readers expect while it is open (Escape, a click or a selection outside, focus given back).
 */
export interface CardView {
  /**
   * Shows `mention`'s card beside it (replacing any card shown). Taking focus (the keyboard's
   * and the popup's jumps to a mention), it first scrolls the mention into view.
   */
  show(mention: PageMention, options: { pointer: CardPoint; takeFocus: boolean }): void;
  /** Works out `mention`'s card content ahead (while the pointer dwells), so it opens quickly. */
  prepare(mention: PageMention): void;
  /**
   * The mention after (or before) `current` among `mentions` in page order, wrapping around; null
   * for none. Here, not in the content script: ordering is needed only when a reader steps.
   */
  next(mentions: PageMention[], current: PageMention | null, direction: 1 | -1): PageMention | null;
  hide(): void;
  /** Removes the card's element from the page for good. */
  remove(): void;
}

/** What the card view is told by the page: the reader moved into or out of it, or dismissed it. */
export interface CardViewEvents {
  enter(): void;
  leave(): void;
  dismiss(): void;
}

/** Everything {@link createCardController} needs. */
export interface CardControllerOptions {
  /** Loads the card module and makes its view (may fail: the extension was updated meanwhile). */
  loadView: (events: CardViewEvents) => Promise<CardView>;
  /** The hover delay, in ms. */
  dwellMs: number;
  /** Aborting closes the card, removes it and stops every listener and timer. */
  signal: AbortSignal;
  clock?: Clock;
}

/** The object {@link createCardController} returns. */
export type CardController = ReturnType<typeof createCardController>;

/**
 * The hover card of one page: decides when it opens and closes (the hover intent) and loads the
 * card module when the pointer comes to rest on a name, on a tap or a keyboard jump (not before:
 * most pages never show a card). A module that fails to load leaves the page as it was; the next
 * hover tries again.
 */
export function createCardController(options: CardControllerOptions) {
  const { signal } = options;
  let dwellMs = options.dwellMs;
  let view: CardView | null = null;
  let loading: Promise<CardView | null> | null = null;
  let lastPointer: CardPoint;
  let takeFocus = false;
  // The mention the last keyboard step or popup jump went to.
  let jumped: PageMention | null = null;
  // How many times the card was closed by a command: a jump begun before one is void.
  let closings = 0;

  const events: CardViewEvents = {
    enter: () => intent.enterCard(),
    leave: () => intent.leaveCard(),
    dismiss: () => intent.dismiss(),
  };

  /** The view, loading it once; `null` while it cannot be had. */
  function load(): Promise<CardView | null> {
    loading ??= options.loadView(events).then(
      (made) => {
        if (signal.aborted) {
          made.remove();
          return null;
        }
        view = made;
        return made;
      },
      () => {
        // Retried on the next hover, tap or key.
        loading = null;
        return null;
      },
    );
    return loading;
  }

  function show(mention: PageMention) {
    const focus = takeFocus;
    const pointer = lastPointer;
    if (view) return view.show(mention, { pointer, takeFocus: focus });
    load().then((loaded) => {
      // Still wanted once loaded: the pointer may have left, or another name taken its place.
      if (intent.shown !== mention) return;
      if (loaded) loaded.show(mention, { pointer, takeFocus: focus });
      // Not shown after all: the next hover of this name starts afresh (and loads again).
      else intent.dismiss();
    });
  }

  function hide() {
    view?.hide();
    takeFocus = false;
  }

  const intent = createHoverIntent<PageMention>({
    dwellMs: () => dwellMs,
    graceMs: 300,
    open: show,
    close: hide,
    onDwellStart: (mention) => void load().then((loaded) => loaded?.prepare(mention)),
    clock: options.clock,
  });

  signal.addEventListener('abort', () => {
    intent.stop();
    hide();
    view?.remove();
    view = null;
  });

  return {
    /** Every pointer position the hover tracker processed (`at`: see `HoverIntent.pointerAt`). */
    pointerAt(mention: PageMention | null, x: number, y: number, at?: number) {
      if (mention) lastPointer = { x, y };
      intent.pointerAt(mention, x, y, at);
    },
    /** Opens the card at once, e.g. for a tap. */
    openNow(mention: PageMention, point?: { x: number; y: number }) {
      lastPointer = point;
      intent.openNow(mention);
    },
    /**
     * Opens, as a focused dialog (Escape returns focus), the card of the mention after the last
     * one jumped to among `mentions` (with `restart`, the first or last: keyboard steps, the
     * popup's jumps); resolves with it, null for none. Where it stands is read once the module is
     * loaded, so steps taken while it loads go on one from another.
     */
    async jump(
      mentions: PageMention[],
      direction: 1 | -1,
      restart?: boolean,
    ): Promise<PageMention | null> {
      const asked = closings;
      const loaded = mentions.length ? await load() : null;
      // Closed meanwhile (another frame took the turn): this jump is void.
      const mention =
        asked === closings
          ? (loaded?.next(mentions, restart ? null : jumped, direction) ?? null)
          : null;
      if (mention) {
        jumped = mention;
        takeFocus = true;
        lastPointer = undefined;
        intent.openNow(mention);
      }
      return mention;
    },
    /** Changes the hover delay (settings apply live). */
    setDwell(ms: number) {
      dwellMs = ms;
    },
    /** Closes the card, if open, and any jump still loading the card module. */
    close() {
      closings++;
      intent.dismiss();
    },
  };
}
