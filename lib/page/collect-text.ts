import { isInline, isSkipped } from './elements';

/** The text of one stretch of a block, with the text nodes it was read from. */
export interface TextRun {
  /** The block element the text belongs to. */
  block: Element;
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data starts. */
  starts: number[];
  /** Offsets where a text node of another element starts: word boundaries the page may imply. */
  breaks: number[];
}

/** Callbacks a text walk reports to. */
export interface TextWalkHandlers {
  /** A block element is about to be read again: whatever was known about it is stale. */
  onBlock(block: Element): void;
  onRun(run: TextRun): void;
}

/** Where an element's text goes: the block it belongs to, or nowhere (a skipped region). */
type Placement = Element | null;

/**
 * Reads the text under `root` block by block, joining text across inline elements and skipping
 * what `isSkipped` rejects. The walk can pause: call `step(deadline)` until it returns true.
 *
 * It visits text nodes only, with the browser's own TreeWalker, and works out each parent
 * element's block once: elements without text of their own cost nothing, which keeps the walk
 * close to the speed of a bare text walk.
 */
export function createTextWalk(root: Element, handlers: TextWalkHandlers) {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const placements = new Map<Element, Placement>([[root, root]]);
  const seenBlocks = new Set<Element>([root]);
  let block: Element | null = null;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let breaks: number[] = [];
  let text = '';
  handlers.onBlock(root);

  function placementOf(element: Element): Placement {
    const known = placements.get(element);
    if (known !== undefined) return known;
    const parent = element.parentElement;
    let placement: Placement = null;
    if (parent && !isSkipped(element)) {
      const outer = placementOf(parent);
      placement = outer && (isInline(element) ? outer : element);
    }
    placements.set(element, placement);
    return placement;
  }

  function flush() {
    if (nodes.length > 0 && block) handlers.onRun({ block, text, nodes, starts, breaks });
    nodes = [];
    starts = [];
    breaks = [];
    text = '';
  }

  /** Advances up to `deadline` (a `performance.now()` time); returns true once the walk is done. */
  function step(deadline: number): boolean {
    let budgetCheck = 0;
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      const parent = node.parentNode as Element;
      const placement = placements.get(parent) ?? placementOf(parent);
      if (placement) {
        const previous = nodes[nodes.length - 1];
        if (placement !== block) {
          flush();
          block = placement;
          if (!seenBlocks.has(placement)) {
            seenBlocks.add(placement);
            handlers.onBlock(placement);
          }
        } else if (previous) {
          if (previous.parentNode !== parent) {
            breaks.push(text.length);
          } else if (node.previousSibling !== previous) {
            // Something without text sits between: a line break ends the run, anything else
            // (an image, an empty span) may separate words.
            const between = node.previousSibling;
            if (between && (between as Element).localName === 'br') flush();
            else breaks.push(text.length);
          }
        }
        nodes.push(node);
        starts.push(text.length);
        text += node.data;
      }
      if (++budgetCheck === 128) {
        budgetCheck = 0;
        if (performance.now() > deadline) return false;
      }
    }
    flush();
    return true;
  }

  return { step };
}
