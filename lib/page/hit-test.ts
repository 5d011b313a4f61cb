import { liveRange } from './live-range';

type HitResult = Highlight | { highlight: Highlight; ranges?: readonly AbstractRange[] };
/** Shadow roots to see into: hit-testing sees none it is not given. */
type Options = { shadowRoots: ShadowRoot[] };
type RegistryWithHitTest = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number, options?: Options) => readonly HitResult[];
};

/** Something of ours drawn on the page: a mention, with its range. */
export interface Drawn {
  range: AbstractRange;
}

/** Finds which of our mentions is drawn at a viewport point. */
export type MentionAtPoint<M extends Drawn> = (x: number, y: number) => M | null;

/** Our mentions, looked up by the hit-tester. */
export interface HitTestSource<M extends Drawn> {
  /** The mention shown with `range`, if the range is one of ours and shown. */
  mentionFor(range: AbstractRange): M | undefined;
  /** Our mentions that may cover text in `node`, for the fallback path that checks rectangles. */
  mentionsNear(node: Node): Iterable<M>;
  /** The shadow roots holding our mentions. */
  shadowRoots(): ShadowRoot[];
}

/** Hit-tests with `CSS.highlights.highlightsFromPoint`, which knows exactly which ranges are hit. */
export function mentionFromHighlightRegistry<M extends Drawn>(
  registry: RegistryWithHitTest,
  source: HitTestSource<M>,
  x: number,
  y: number,
): M | null | undefined {
  if (typeof registry.highlightsFromPoint !== 'function') return undefined;
  for (const hit of registry.highlightsFromPoint(x, y, { shadowRoots: source.shadowRoots() })) {
    const ranges = 'ranges' in hit && hit.ranges ? hit.ranges : null;
    if (!ranges) return undefined; // An early shape of the API without ranges: use the caret.
    for (const range of ranges) {
      const mention = source.mentionFor(range);
      if (mention) return mention;
    }
  }
  return null;
}

/** The text node and offset under a point, from whichever caret API the browser has. */
function caretAt(
  doc: Document,
  x: number,
  y: number,
  options: Options,
): { node: Node; offset: number } | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (
      x: number,
      y: number,
      options: Options,
    ) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y, options);
    return position && { node: position.offsetNode, offset: position.offset };
  }
  const range = withPosition.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function containsPoint(rects: DOMRectList, x: number, y: number): boolean {
  for (const rect of rects) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * Hit-tests with the caret under the point: the candidates are our mentions near the caret, and
 * the one whose client rectangles contain the point wins (a caret also lands beside text).
 */
export function mentionFromCaret<M extends Drawn>(
  doc: Document,
  source: HitTestSource<M>,
  x: number,
  y: number,
): M | null {
  const caret = caretAt(doc, x, y, { shadowRoots: source.shadowRoots() });
  if (!caret) return null;
  // Every mention of the caret's block is a candidate: a name may span several text nodes.
  for (const mention of source.mentionsNear(caret.node)) {
    if (containsPoint(liveRange(mention.range).getClientRects(), x, y)) return mention;
  }
  return null;
}

/** Returns a hit-tester that uses the highlight registry where it can and the caret otherwise. */
export function createHitTester<M extends Drawn>(
  source: HitTestSource<M>,
  doc: Document = document,
): MentionAtPoint<M> {
  const registry = doc.defaultView?.CSS?.highlights as RegistryWithHitTest | undefined;
  return (x, y) => {
    const fromRegistry = registry
      ? mentionFromHighlightRegistry(registry, source, x, y)
      : undefined;
    return fromRegistry !== undefined ? fromRegistry : mentionFromCaret(doc, source, x, y);
  };
}
