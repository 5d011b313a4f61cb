import { type Block, isInline, isShadowRoot, isSkipped } from './elements';
import type { ShadowRootOf } from './shadow-roots';

/** The text of one stretch of a block, with the text nodes it was read from. */
export interface TextRun {
  /** The block the text belongs to. */
  block: Block;
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data starts. */
  starts: number[];
  /** Offsets where a text node of another element starts: word boundaries the page may imply. */
  breaks: number[];
  /** A run through slots: the ranges of `text[start, end)`, one per tree (lib/page/slotted-runs.ts). */
  piecesOf?: (start: number, end: number) => AbstractRange[];
}

/**
 * Where an element's children's text goes: the block it belongs to, nowhere (null: a skipped
 * region), or `false` for a shadow host's light children, which the reader sees only where a slot
 * of the host's root puts them (lib/page/slotted-runs.ts reads them there).
 */
export type Placement = Block | null | false;

/** Which block text belongs to, under a set of roots. */
export interface Placements {
  /** The block a text node's text belongs to; null when skipped, slotted or no longer under a root. */
  ofText(node: Text): Block | null;
  /** Where the text of `node`'s children goes (see `Placement`). */
  ofChildren(node: Node): Placement;
}

/**
 * Works out which block the text of a node belongs to, for text under a set of roots. Every
 * parent element is placed once (memoised), so only elements around a possible name are looked at.
 * `rootOf` tells shadow hosts, whose light children are read through their slots.
 */
export function createPlacements(
  roots: Iterable<Block>,
  rootOf: ShadowRootOf = () => null,
): Placements {
  const placements = new Map<Node, Placement>();
  for (const root of roots) {
    placements.set(root, !isShadowRoot(root) && rootOf(root) ? false : root);
  }

  /** Where the text of `node`'s children goes (roots are known: a shadow root only as one). */
  function placementOf(node: Node): Placement {
    const known = placements.get(node);
    if (known !== undefined) return known;
    const parent = node.parentNode;
    let placement: Placement = null;
    if (parent && node.nodeType === 1 && !isSkipped(node as Element)) {
      const outer = placementOf(parent);
      if (isInline(node as Element)) placement = outer;
      // A host's block child that no slot of its (open) root shows is not on the page.
      // (`!== null`: where `assignedSlot` is missing, as in happy-dom, the child is read.)
      else if (
        outer !== null &&
        (outer || (node as Element).assignedSlot !== null || !(parent as Element).shadowRoot)
      )
        placement = node as Element;
      // A host's own children are shown only through its root's slots.
      if (placement && rootOf(node as Element)) placement = false;
    }
    placements.set(node, placement);
    return placement;
  }

  return {
    ofText(node) {
      const parent = node.parentNode;
      return (parent && placementOf(parent)) || null;
    },
    ofChildren: placementOf,
  };
}

/** Whether a `<br>` sits right before `next`, between it and `previous` in the same element. */
export function lineBreakBetween(previous: Text, next: Text): boolean {
  if (previous.parentNode !== next.parentNode) return false;
  const between = next.previousSibling;
  return between !== previous && (between as Element | null)?.localName === 'br';
}

/** Joins the text of a run's nodes, noting where the page may imply a word boundary. */
export function readRun(block: Block, nodes: Text[]): TextRun {
  const starts: number[] = [];
  const breaks: number[] = [];
  let text = '';
  let previous: Text | null = null;
  for (const node of nodes) {
    // Another element's text, or something without text in between (an image, an empty span).
    if (
      previous &&
      (previous.parentNode !== node.parentNode || node.previousSibling !== previous)
    ) {
      breaks.push(text.length);
    }
    starts.push(text.length);
    text += node.data;
    previous = node;
  }
  return { block, text, nodes, starts, breaks };
}
