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
  let position = a.startContainer.compareDocumentPosition(b.startContainer);
  // In different trees (the document's and a shadow root's): where their hosts stand.
  if (position & Node.DOCUMENT_POSITION_DISCONNECTED) {
    position = outerHost(a.startContainer).compareDocumentPosition(outerHost(b.startContainer));
  }
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** A node of the document's own tree: the node, or the host of the shadow tree it is in. */
function outerHost(node: Node): Node {
  let outer = node;
  for (let root = outer.getRootNode(); isShadowRoot(root); root = outer.getRootNode()) {
    outer = root.host;
  }
  return outer;
}
