import type { CardController } from './card-controller';
import type { PageMention } from './page-highlighter';
import { now } from './schedule';

/** The hover card as a page session drives it (the card module's controller, or its link). */
export interface HoverCard {
  /** A pointer position the hover tracker processed, over `mention` or over no name. */
  pointerAt(mention: PageMention | null, x: number, y: number): void;
  /** Opens the card at once (a tap). */
  openNow(mention: PageMention, point?: { x: number; y: number }): void;
  /** Opens the card of the next mention among `mentions`, focused (see `CardController.jump`). */
  jump(mentions: PageMention[], direction: 1 | -1, restart?: boolean): Promise<PageMention | null>;
  setDwell(ms: number): void;
  close(): void;
}

export interface CardLinkOptions {
  /** Imports the card module and makes its controller (may fail: the extension was updated). */
  load(dwellMs: number): Promise<CardController>;
  dwellMs: number;
  signal: AbortSignal;
}

/**
 * The hover card of a page before anyone reached for it: the card's controller (its hover intent
 * included) lives in the card module, which is imported when the pointer first comes onto a name
 * (where the dwell begins), on a tap or on a keyboard jump. The position it waited at is handed on
 * with the time the pointer came onto its name, so the dwell counts the loading. A module that
 * fails to load leaves the page as it was: the next hover tries again.
 */
export function createCardLink(options: CardLinkOptions): HoverCard {
  const { signal } = options;
  let dwellMs = options.dwellMs;
  let card: CardController | null = null;
  let loading: Promise<CardController | null> | null = null;
  // The last position reported while the module loads, and since when it is over its name.
  let waiting: { mention: PageMention | null; x: number; y: number; since: number } | null = null;
  // How many times the card was closed by a command: a jump begun before one is void.
  let closings = 0;

  function load(): Promise<CardController | null> {
    loading ??= options.load(dwellMs).then(
      (made) => {
        // Aborted meanwhile: the controller, made with the signal, has cleaned up after itself.
        if (signal.aborted) return null;
        card = made;
        made.setDwell(dwellMs);
        if (waiting) made.pointerAt(waiting.mention, waiting.x, waiting.y, waiting.since);
        waiting = null;
        return made;
      },
      () => (loading = null),
    );
    return loading;
  }

  return {
    pointerAt(mention, x, y) {
      if (card) return card.pointerAt(mention, x, y);
      const since = mention && mention === waiting?.mention ? waiting.since : now();
      waiting = { mention, x, y, since };
      if (mention) void load();
    },
    openNow(mention, point) {
      const asked = closings;
      void load().then((loaded) => asked === closings && loaded?.openNow(mention, point));
    },
    async jump(mentions, direction, restart) {
      const asked = closings;
      const loaded = mentions.length ? (card ?? (await load())) : null;
      // Closed while the module loaded (another frame took the turn): this jump is void.
      return loaded && asked === closings ? loaded.jump(mentions, direction, restart) : null;
    },
    setDwell(ms) {
      dwellMs = ms;
      card?.setDwell(ms);
    },
    close() {
      closings++;
      // A hover waiting for the module opens nothing once it comes.
      waiting = null;
      card?.close();
    },
  };
}
