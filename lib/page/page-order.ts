import { isShadowRoot } from './elements';

/**
 * The mentions in page order (a copy). Sorted when a reader steps through them (in the card
 * module): the page keeps them in the order found, which is page order for a first reading but
 * not for blocks read again or added later.
 */
export function inPageOrder<T extends { range: AbstractRange }>(mentions: readonly T[]): T[] {
  return [...mentions].sort((a, b) => compareRanges(a.range, b.range));
}

/** Orders two ranges by where they start in the document. */
function compareRanges(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const position = a.startContainer.compareDocumentPosition(b.startContainer);
  if (!(position & Node.DOCUMENT_POSITION_DISCONNECTED)) {
    return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  // In different trees (the document's and shadow roots'): compare in the innermost tree both
  // reach, through the hosts; a host comes before the text of its own roots.
  const x = treePath(a.startContainer);
  const y = treePath(b.startContainer);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const p = x[i];
  const q = y[i];
  if (!p || !q) return p ? 1 : -1;
  return p.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The hosts of the shadow trees `node` is in, outermost first, then `node` itself. */
function treePath(node: Node): Node[] {
  const path = [node];
  for (let root = node.getRootNode(); isShadowRoot(root); root = root.host.getRootNode()) {
    path.unshift(root.host);
  }
  return path;
}
