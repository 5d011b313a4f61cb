import { DEFAULT_COLORS, type HighlightColor } from '../colors';
import type { EntityKind } from '../text/types';
import { OWN_PREFIX } from './elements';

/** A window with its globals (`Highlight`, `CSS`), as `document.defaultView` gives it. */
export type PageWindow = Window & typeof globalThis;

/** Name of the highlight that marks the mention under the pointer. */
export const HOVER_HIGHLIGHT = `${OWN_PREFIX}hover`;

/** Name of the highlight that flashes the mention the reader just jumped to (the card module's). */
export const FLASH_HIGHLIGHT = `${OWN_PREFIX}flash`;

/**
 * Marks a mention's ranges (one, or one per tree for a name through a slot) strongly for `ms`
 * (after a jump to it), in place of the last mention flashed; returns how to take the mark away
 * at once.
 */
export function flashRanges(
  ranges: readonly AbstractRange[],
  ms = 1200,
  win: PageWindow = window,
): () => void {
  const registry = win.CSS.highlights;
  const flash = new win.Highlight(...ranges);
  flash.priority = 2;
  registry.set(FLASH_HIGHLIGHT, flash);
  const clear = () => {
    if (registry.get(FLASH_HIGHLIGHT) === flash) registry.delete(FLASH_HIGHLIGHT);
  };
  win.setTimeout(clear, ms);
  return clear;
}

/** The `CSS.highlights` name of a kind in a colour: `backstory-person`, `backstory-place-rose`. */
export function highlightName(
  kind: EntityKind,
  color: HighlightColor = DEFAULT_COLORS[kind],
): string {
  return color === DEFAULT_COLORS[kind] ? `${OWN_PREFIX}${kind}` : `${OWN_PREFIX}${kind}-${color}`;
}

/** Makes a range that never changes the DOM and costs the page nothing when it mutates. */
export function makeRange(
  doc: Document,
  startContainer: Node,
  startOffset: number,
  endContainer: Node,
  endOffset: number,
): AbstractRange {
  const StaticRangeCtor = doc.defaultView?.StaticRange;
  if (StaticRangeCtor) {
    return new StaticRangeCtor({ startContainer, startOffset, endContainer, endOffset });
  }
  const range = doc.createRange();
  range.setStart(startContainer, startOffset);
  range.setEnd(endContainer, endOffset);
  return range;
}

/** Our highlights in the page's registry: one per kind plus the hover one. */
export interface HighlightLayer {
  add(kind: EntityKind, range: AbstractRange): void;
  delete(kind: EntityKind, range: AbstractRange): void;
  /** Shows or hides a kind without touching its ranges. */
  setVisible(kind: EntityKind, visible: boolean): void;
  /** Marks the ranges of the mention under the pointer (none: no mention). */
  setHovered(ranges: readonly AbstractRange[]): void;
  /** Draws a kind in another colour. */
  setColor(kind: EntityKind, color: HighlightColor): void;
  /** Removes every highlight of ours from the registry. */
  clear(): void;
}

/** Creates the highlight layer in `win`'s registry; kinds in `visible` are shown from the start. */
export function createHighlightLayer(
  visible: ReadonlySet<EntityKind>,
  win: PageWindow = window,
): HighlightLayer {
  const registry = win.CSS.highlights;
  const byKind = new Map<EntityKind, Highlight>();
  const shown = new Set(visible);
  const colors: Record<EntityKind, HighlightColor> = { ...DEFAULT_COLORS };
  // Made on first use: most pages are never hovered, and every page pays for what we make.
  let hover: Highlight | null = null;
  const nameOf = (kind: EntityKind) => highlightName(kind, colors[kind]);

  function highlightFor(kind: EntityKind): Highlight {
    const existing = byKind.get(kind);
    if (existing) return existing;
    const highlight = new win.Highlight();
    byKind.set(kind, highlight);
    if (shown.has(kind)) registry.set(nameOf(kind), highlight);
    return highlight;
  }

  return {
    add: (kind, range) => highlightFor(kind).add(range),
    delete: (kind, range) => byKind.get(kind)?.delete(range),
    setVisible(kind, isVisible) {
      if (isVisible) {
        shown.add(kind);
        registry.set(nameOf(kind), highlightFor(kind));
      } else {
        shown.delete(kind);
        registry.delete(nameOf(kind));
      }
    },
    setColor(kind, color) {
      if (colors[kind] === color) return;
      registry.delete(nameOf(kind));
      colors[kind] = color;
      if (shown.has(kind)) registry.set(nameOf(kind), highlightFor(kind));
    },
    setHovered(ranges) {
      if (ranges.length) {
        hover ??= Object.assign(new win.Highlight(), { priority: 1 });
        hover.clear();
        for (const range of ranges) hover.add(range);
        registry.set(HOVER_HIGHLIGHT, hover);
      } else {
        hover?.clear();
        registry.delete(HOVER_HIGHLIGHT);
      }
    },
    clear() {
      for (const kind of byKind.keys()) registry.delete(nameOf(kind));
      registry.delete(HOVER_HIGHLIGHT);
      byKind.clear();
      hover?.clear();
    },
  };
}
