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

/**
 * Reads the text under `root` block by block, joining text across inline elements and skipping
 * what `isSkipped` rejects. The walk can pause: call `step(deadline)` until it returns true.
 */
export function createTextWalk(root: Element, handlers: TextWalkHandlers) {
  const blocks: Element[] = [root];
  let nodes: Text[] = [];
  let starts: number[] = [];
  let breaks: number[] = [];
  let text = '';
  let current: Node | null = root.firstChild;
  handlers.onBlock(root);

  function flush() {
    if (nodes.length === 0) return;
    handlers.onRun({ block: blocks[blocks.length - 1] as Element, text, nodes, starts, breaks });
    nodes = [];
    starts = [];
    breaks = [];
    text = '';
  }

  /** Moves past `node` without entering it, closing every block the walk climbs out of. */
  function nextAfter(node: Node): Node | null {
    let n: Node | null = node;
    while (n && n !== root) {
      if (n.nextSibling) return n.nextSibling;
      n = n.parentNode;
      if (n && n !== root && n.nodeType === 1 && !isInline(n as Element)) {
        flush();
        blocks.pop();
      }
    }
    return null;
  }

  /** Advances up to `deadline` (a `performance.now()` time); returns true once the walk is done. */
  function step(deadline: number): boolean {
    let budgetCheck = 0;
    while (current) {
      if (++budgetCheck === 256) {
        budgetCheck = 0;
        if (performance.now() > deadline) return false;
      }
      const node: Node = current;
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        const previous = nodes[nodes.length - 1];
        if (previous && previous.parentNode !== node.parentNode) breaks.push(text.length);
        nodes.push(node as Text);
        starts.push(text.length);
        text += data;
        current = nextAfter(node);
        continue;
      }
      if (node.nodeType !== 1) {
        current = nextAfter(node);
        continue;
      }
      const element = node as Element;
      if (element.localName === 'br') {
        flush();
        current = nextAfter(node);
        continue;
      }
      if (isSkipped(element)) {
        current = nextAfter(node);
        continue;
      }
      const inline = isInline(element);
      if (!inline) {
        flush();
        blocks.push(element);
        handlers.onBlock(element);
      }
      if (element.firstChild) {
        current = element.firstChild;
      } else {
        if (!inline) {
          blocks.pop();
        }
        current = nextAfter(node);
      }
    }
    flush();
    return true;
  }

  return { step };
}
