type HitResult = { highlight: Highlight; ranges: readonly AbstractRange[] };
/** Shadow roots to see into: hit-testing sees none it is not given. */
type Options = { shadowRoots: ShadowRoot[] };
/** The registry as Chrome 140 and Firefox 150 have it (the manifest asks for those). */
type RegistryWithHitTest = HighlightRegistry & {
  highlightsFromPoint(x: number, y: number, options?: Options): readonly HitResult[];
};

/** Finds which of our mentions is drawn at a viewport point. */
export type MentionAtPoint<M> = (x: number, y: number) => M | null;

/** Our mentions, looked up by the hit-tester. */
export interface HitTestSource<M> {
  /** The mention shown with `range`, if the range is one of ours and shown. */
  mentionFor(range: AbstractRange): M | undefined;
  /** The shadow roots holding our mentions. */
  shadowRoots(): ShadowRoot[];
}

/**
 * Returns a hit-tester: `CSS.highlights.highlightsFromPoint` knows exactly which ranges are drawn
 * at a point, in the document and in the shadow roots named to it, and the first of ours wins.
 */
export function createHitTester<M>(
  source: HitTestSource<M>,
  doc: Document = document,
): MentionAtPoint<M> {
  const registry = doc.defaultView?.CSS.highlights as RegistryWithHitTest;
  return (x, y) => {
    for (const hit of registry.highlightsFromPoint(x, y, { shadowRoots: source.shadowRoots() })) {
      for (const range of hit.ranges) {
        const mention = source.mentionFor(range);
        if (mention) return mention;
      }
    }
    return null;
  };
}
