/**
 * Keeps mentions in page order as they come and go. The page's content script asks for the list
 * after every change (for the popup's counts), so sorting everything each time would make a page
 * that keeps adding names quadratic; here each new mention is placed once, and new mentions
 * mostly follow the last one (one comparison).
 */
export function createMentionOrder<T extends { range: AbstractRange }>() {
  let sorted: T[] = [];
  let pending: T[] = [];
  const retired = new Set<T>();

  function place(mention: T) {
    const last = sorted[sorted.length - 1];
    if (!last || compareRanges(last.range, mention.range) <= 0) {
      sorted.push(mention);
      return;
    }
    let low = 0;
    let high = sorted.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareRanges((sorted[middle] as T).range, mention.range) <= 0) low = middle + 1;
      else high = middle;
    }
    sorted.splice(low, 0, mention);
  }

  return {
    add(mention: T) {
      pending.push(mention);
    },
    retire(mention: T) {
      retired.add(mention);
    },
    /** Every live mention, in page order. */
    list(): T[] {
      if (retired.size) {
        sorted = sorted.filter((m) => !retired.has(m));
        pending = pending.filter((m) => !retired.has(m));
        retired.clear();
      }
      if (pending.length) {
        // Text the page removed compares with nothing: it would misplace what comes next.
        sorted = sorted.filter((m) => m.range.startContainer.isConnected);
        pending = pending.filter((m) => m.range.startContainer.isConnected);
      }
      for (const mention of pending) place(mention);
      pending = [];
      return sorted.slice();
    },
  };
}

/** Orders two ranges by where they start in the document. */
function compareRanges(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const position = a.startContainer.compareDocumentPosition(b.startContainer);
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
