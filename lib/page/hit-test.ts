import { liveRange } from './live-range';

type HitResult = Highlight | { highlight: Highlight; ranges?: readonly AbstractRange[] };
type RegistryWithHitTest = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number) => readonly HitResult[];
};

/** Finds which of our ranges is drawn at a viewport point. */
export type RangeAtPoint = (x: number, y: number) => AbstractRange | null;

/** Ranges we drew, looked up by the hit-tester: `isOurs` says whether a range is one of them. */
export interface HitTestSource {
  isOurs(range: AbstractRange): boolean;
  /** Our ranges that may cover text in `node`, for the fallback path that checks rectangles. */
  rangesNear(node: Node): Iterable<AbstractRange>;
}

/** Hit-tests with `CSS.highlights.highlightsFromPoint`, which knows exactly which ranges are hit. */
export function rangeFromHighlightRegistry(
  registry: RegistryWithHitTest,
  source: HitTestSource,
  x: number,
  y: number,
): AbstractRange | null | undefined {
  if (typeof registry.highlightsFromPoint !== 'function') return undefined;
  for (const hit of registry.highlightsFromPoint(x, y)) {
    const ranges = 'ranges' in hit && hit.ranges ? hit.ranges : null;
    if (!ranges) return undefined; // An early shape of the API without ranges: use the caret.
    for (const range of ranges) if (source.isOurs(range)) return range;
  }
  return null;
}

/** The text node and offset under a point, from whichever caret API the browser has. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y);
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
 * Hit-tests with the caret under the point: the candidates are our ranges near the caret, and the
 * one whose client rectangles contain the point wins (a caret also lands beside text).
 */
export function rangeFromCaret(
  doc: Document,
  source: HitTestSource,
  x: number,
  y: number,
): AbstractRange | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  // Every range of the caret's block is a candidate: a name may span several text nodes.
  for (const range of source.rangesNear(caret.node)) {
    if (containsPoint(liveRange(range).getClientRects(), x, y)) return range;
  }
  return null;
}

/** Returns a hit-tester that uses the highlight registry where it can and the caret otherwise. */
export function createHitTester(source: HitTestSource, doc: Document = document): RangeAtPoint {
  const registry = doc.defaultView?.CSS?.highlights as RegistryWithHitTest | undefined;
  return (x, y) => {
    const fromRegistry = registry ? rangeFromHighlightRegistry(registry, source, x, y) : undefined;
    return fromRegistry !== undefined ? fromRegistry : rangeFromCaret(doc, source, x, y);
  };
}
