import { DEFAULT_COLORS, type HighlightColor } from '../colors';
import type { EntityKind } from '../text/types';
import { OWN_PREFIX } from './elements';

/** A window with its globals (`Highlight`, `CSS`), as `document.defaultView` gives it. */
export type PageWindow = Window & typeof globalThis;

/** Name of the highlight that marks the mention under the pointer. */
export const HOVER_HIGHLIGHT = `${OWN_PREFIX}hover`;

/** Name of the highlight that flashes the mention the reader just jumped to. */
export const FLASH_HIGHLIGHT = `${OWN_PREFIX}flash`;

/** The `CSS.highlights` name of a kind in a colour: `backstory-person`, `backstory-place-rose`. */
export function highlightName(
  kind: EntityKind,
  color: HighlightColor = DEFAULT_COLORS[kind],
): string {
  return color === DEFAULT_COLORS[kind] ? `${OWN_PREFIX}${kind}` : `${OWN_PREFIX}${kind}-${color}`;
}

/** Whether the browser can draw highlights without touching the DOM. */
export function supportsHighlights(win: PageWindow = window): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS?.highlights?.set === 'function';
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
  setHovered(range: AbstractRange | null): void;
  /** Draws a kind in another colour. */
  setColor(kind: EntityKind, color: HighlightColor): void;
  /** Marks one range strongly for a moment, after a jump to it. */
  flash(range: AbstractRange, ms?: number): void;
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
  let flash: Highlight | null = null;
  let flashTimer = 0;
  /** `highlight` holding `range` alone, made with `priority` if there is none yet. */
  const holdingOnly = (highlight: Highlight | null, priority: number, range: AbstractRange) => {
    if (highlight) {
      highlight.clear();
      highlight.add(range);
      return highlight;
    }
    const made = new win.Highlight(range);
    made.priority = priority;
    return made;
  };
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
      if (isVisible) shown.add(kind);
      else shown.delete(kind);
      if (isVisible) registry.set(nameOf(kind), highlightFor(kind));
      else registry.delete(nameOf(kind));
    },
    setColor(kind, color) {
      if (colors[kind] === color) return;
      registry.delete(nameOf(kind));
      colors[kind] = color;
      if (shown.has(kind)) registry.set(nameOf(kind), highlightFor(kind));
    },
    flash(range, ms = 1200) {
      flash = holdingOnly(flash, 2, range);
      registry.set(FLASH_HIGHLIGHT, flash);
      win.clearTimeout(flashTimer);
      flashTimer = win.setTimeout(() => registry.delete(FLASH_HIGHLIGHT), ms);
    },
    setHovered(range) {
      if (range) {
        hover = holdingOnly(hover, 1, range);
        registry.set(HOVER_HIGHLIGHT, hover);
      } else {
        hover?.clear();
        registry.delete(HOVER_HIGHLIGHT);
      }
    },
    clear() {
      for (const kind of byKind.keys()) registry.delete(nameOf(kind));
      registry.delete(HOVER_HIGHLIGHT);
      registry.delete(FLASH_HIGHLIGHT);
      win.clearTimeout(flashTimer);
      byKind.clear();
      hover?.clear();
    },
  };
}
