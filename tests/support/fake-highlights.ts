/** A stand-in for the CSS Custom Highlight API, which happy-dom lacks: same shape, no drawing. */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;

  // As the real one: `new Highlight(range1, range2…)`.
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

/** Installs `Highlight` and `CSS.highlights` on the global window; returns the registry. */
export function installFakeHighlights(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  // happy-dom's `document.defaultView` is its own object, not vitest's `globalThis`: patch both.
  for (const target of [globalThis, document.defaultView]) {
    Object.defineProperty(target, 'Highlight', { value: FakeHighlight, configurable: true });
    Object.defineProperty(target, 'CSS', { value: { highlights: registry }, configurable: true });
  }
  return registry;
}

/** The text of every range of one highlight, in insertion order. */
export function highlightedTexts(registry: Map<string, FakeHighlight>, name: string): string[] {
  return [...(registry.get(name) ?? [])].map((range) => {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.toString();
  });
}
