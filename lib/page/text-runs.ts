import { type Block, isInline, isSkipped } from './elements';

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
}

/** Where an element's text goes: the block it belongs to, or nowhere (a skipped region). */
type Placement = Block | null;

/**
 * Works out which block the text of a node belongs to, for text under a set of roots. Every
 * parent element is placed once (memoised), so only elements around a possible name are looked at.
 */
export function createPlacements(roots: Iterable<Block>) {
  const placements = new Map<Node, Placement>();
  for (const root of roots) placements.set(root, root);

  /** Where the text of `node`'s children goes (roots are known: a shadow root only as one). */
  function placementOf(node: Node): Placement {
    const known = placements.get(node);
    if (known !== undefined) return known;
    const parent = node.parentNode;
    let placement: Placement = null;
    if (parent && node.nodeType === 1 && !isSkipped(node as Element)) {
      const outer = placementOf(parent);
      placement = outer && (isInline(node as Element) ? outer : (node as Element));
    }
    placements.set(node, placement);
    return placement;
  }

  /** The block a text node's text belongs to; null when skipped or no longer under a root. */
  return function blockOfText(node: Text): Placement {
    const parent = node.parentNode;
    return parent && placementOf(parent);
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
