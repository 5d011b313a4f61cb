/**
 * A live copy of a range, whose rectangles follow layout (static ranges have none). A static range
 * can point past text the page has just shortened, before our rescan: then it is collapsed.
 */
export function liveRange(range: AbstractRange): Range {
  const live = range.startContainer.ownerDocument?.createRange() ?? document.createRange();
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
  } catch {
    live.collapse(true);
  }
  return live;
}

/** The element holding the start of a range (a text node's parent). */
export function elementOf(range: AbstractRange): Element | null {
  const start = range.startContainer;
  return start.nodeType === 1 ? (start as Element) : start.parentElement;
}
