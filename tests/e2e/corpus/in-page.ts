// Functions run in the page's main world. They are serialised with toString(), and tsx compiles with
// keepNames, which wraps every named inner function in `__name(…)`: a helper the page does not have.
// So: no inner function declarations, no `const f = () => …`, no function-valued object properties.

/**
 * Waits until the number of `backstory*` ranges (hover left out) has not changed for `stableMs`
 * while the page kept getting idle periods (Backstory's time-sliced scan leaves it none).
 */
export const settle = async (arg: { stableMs: number; timeoutMs: number }) => {
  const t0 = performance.now();
  let last = -1;
  let since = t0;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const idle = await new Promise<boolean>((resolve) =>
      requestIdleCallback((deadline) => resolve(!deadline.didTimeout), { timeout: 400 }),
    );
    let count = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('backstory') && name !== 'backstory-hover') count += highlight.size;
    }
    const now = performance.now();
    if (count !== last || !idle) [last, since] = [count, now];
    else if (now - since >= arg.stableMs) return { count, ms: now - t0, timedOut: false };
    if (now - t0 > arg.timeoutMs) return { count, ms: now - t0, timedOut: true };
  }
};

/** One highlighted range as `[start, end)` offsets into the walk text. */
export interface CollectedRange {
  name: string;
  /** Index in its highlight's iteration order (to find it again for hovering). */
  index: number;
  start: number;
  end: number;
}

/**
 * The corpus README's text walk (every text node under `body` not inside script, style, noscript,
 * template, textarea, title or head) and every `backstory*` range but the hover one, as walk
 * offsets. Ranges with a boundary in a text node the walk rejects are returned as `rejected`.
 */
export const collect = () => {
  const skip = 'script, style, noscript, template, textarea, title, head';
  const nodes: Text[] = [];
  const starts = new Map<Node, number>();
  const parts: string[] = [];
  let length = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(skip)) continue;
    starts.set(node, length);
    nodes.push(node as Text);
    parts.push((node as Text).data);
    length += (node as Text).data.length;
  }
  const ranges: CollectedRange[] = [];
  const rejected: { name: string; text: string; why: string }[] = [];
  const probe = document.createRange();
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('backstory') || name === 'backstory-hover') continue;
    let index = -1;
    for (const range of highlight) {
      index++;
      const at: number[] = [];
      let why = '';
      const points = [
        [range.startContainer, range.startOffset],
        [range.endContainer, range.endOffset],
      ] as const;
      for (const [container, offset] of points) {
        const start = starts.get(container);
        if (start !== undefined) {
          at.push(start + offset);
        } else if (container.nodeType !== Node.ELEMENT_NODE) {
          why = `boundary in a node the walk rejects (in <${container.parentElement?.localName}>${container.isConnected ? '' : ', detached'})`;
        } else {
          // An element boundary: it sits where the first walked text node at or after it starts.
          probe.setStart(container, offset);
          probe.collapse(true);
          let [lo, hi] = [0, nodes.length];
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (probe.comparePoint(nodes[mid] as Text, 0) < 0) lo = mid + 1;
            else hi = mid;
          }
          at.push(lo < nodes.length ? (starts.get(nodes[lo] as Text) as number) : length);
        }
      }
      if (why || at.length !== 2) {
        let text = '';
        try {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          text = live.toString();
        } catch {}
        rejected.push({ name, text, why });
      } else {
        ranges.push({ name, index, start: at[0] as number, end: at[1] as number });
      }
    }
  }
  return { nodeCount: nodes.length, text: parts.join(''), ranges, rejected };
};

/** Scrolls one highlighted range to the middle of the viewport; the centre of its first box. */
export const pointOfRange = (arg: { name: string; index: number }) => {
  const abstract = [...(CSS.highlights.get(arg.name) ?? [])][arg.index];
  if (!abstract) return null;
  const range = document.createRange();
  range.setStart(abstract.startContainer, abstract.startOffset);
  range.setEnd(abstract.endContainer, abstract.endOffset);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
  const box = range.getClientRects()[0];
  if (!box) return null;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const top = document.elementFromPoint(x, y);
  const covered = !top?.contains(range.startContainer);
  return { x, y, text: range.toString(), covered, over: top?.localName ?? '' };
};

/** The open card in `<backstory-card>`'s shadow root, or null when there is none. */
export const readCard = () => {
  const root = document.querySelector('backstory-card')?.shadowRoot;
  const card = root?.querySelector('.card');
  if (!root || !card) return null;
  const ids = (card.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const labelledBy = ids.map((id) => root.getElementById(id)?.textContent?.trim() ?? '');
  return {
    role: card.getAttribute('role'),
    name: labelledBy.join(' ') || card.getAttribute('aria-label') || '',
    heading: card.querySelector('h2')?.textContent?.trim() ?? '',
    roleText: card.querySelector('.role')?.textContent?.trim() ?? '',
    visible: card.checkVisibility(),
  };
};
