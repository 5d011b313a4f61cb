import { ENTITY_KINDS } from '../../data/types';
import type { HighlightColor } from '../colors';
import type { Matcher } from '../text/compile-matcher';
import type { EntityKind, Mention } from '../text/types';
import { type Block, createSkipCheck, isShadowRoot, outermost } from './elements';
import { createHighlightLayer, makeRange, type PageWindow } from './highlights';
import { createTextScan } from './scan-text';
import { SLICE_MS, type YieldToPage, yieldToPage } from './schedule';
import { createShadowStyles, shadowRootReader, shadowRootsIn } from './shadow-roots';
import type { TextRun } from './text-runs';
import { type MutationBatch, watchMutations } from './watch-mutations';

/** One highlighted mention on the page. */
export interface PageMention {
  entityId: string;
  kind: EntityKind;
  /** The text as the page shows it ("John\u00a0Kerry"). */
  text: string;
  range: AbstractRange;
  /** The block whose text contains it; its mentions are replaced when it is read again. */
  block: Block;
}

/** Everything the page highlighter needs, with the real browser as the default for each. */
export interface PageHighlighterOptions {
  /** The names to find: the content script compiles those of the kinds switched on. */
  matcher: Matcher;
  /** Kinds shown from the start; mentions of other kinds the matcher finds are kept hidden. */
  visibleKinds: ReadonlySet<EntityKind>;
  /** Aborting removes every highlight and stops all work. */
  signal: AbortSignal;
  doc?: Document;
  yieldToPage?: YieldToPage;
  sliceMs?: number;
  /** Called after each batch of work that changed the mentions. */
  onChange?: () => void;
}

/** The live state of the highlights on one page. */
export interface PageHighlighter {
  /** Resolves when the queued work (initially the whole page) is done. */
  settled(): Promise<void>;
  /**
   * Every mention, in the order found: page order on a first reading, blocks read again or added
   * later at the end (lib/page/page-order.ts sorts them where it matters).
   */
  mentions(): PageMention[];
  /** The mention a range of ours belongs to. */
  mentionFor(range: AbstractRange): PageMention | undefined;
  /** The shadow roots holding mentions (hit-testing must name them to see into them). */
  shadowRoots(): ShadowRoot[];
  setVisibleKinds(kinds: ReadonlySet<EntityKind>): void;
  /**
   * Finds other names from now on: reads the whole page again, keeping the old highlights until
   * the new ones are in place (nothing flickers).
   */
  setMatcher(matcher: Matcher): void;
  setColor(kind: EntityKind, color: HighlightColor): void;
  setHovered(mention: PageMention | null): void;
}

/**
 * Highlights every mention under `doc.body`, and in the shadow roots there (open and closed, nested
 * too), and keeps them in step with the page's changes.
 */
export function startPageHighlighter(options: PageHighlighterOptions): PageHighlighter {
  const doc = options.doc ?? document;
  const win = doc.defaultView as PageWindow;
  const { signal } = options;
  let matcher = options.matcher;
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const pause = options.yieldToPage ?? yieldToPage;
  const layer = createHighlightLayer(options.visibleKinds, win);
  const byBlock = new Map<Block, PageMention[]>();
  const byRange = new Map<AbstractRange, PageMention>();
  const queue: Block[] = [];
  // Shadow roots found so far: each is watched and read like the document.
  const shadowRootOf = shadowRootReader(win);
  const shadowRoots = new Set<ShadowRoot>();
  const shadowStyles = createShadowStyles(win);
  // Whether the queue holds one mutation batch's roots only: already outermost and not skipped.
  let queueChecked = false;
  let working: Promise<void> | null = null;
  // The mentions of the blocks being read again, by block: listed until the block's new ones come.
  let staleByBlock = new Map<Block, PageMention[]>();

  function forgetBlock(block: Block) {
    const old = byBlock.get(block);
    if (!old) return;
    unhighlight(old);
    byBlock.delete(block);
  }

  function addRun(run: TextRun, found: readonly Mention[]) {
    // The block's old mentions are listed until its new ones come.
    staleByBlock.delete(run.block);
    let list = byBlock.get(run.block);
    if (!list) {
      list = [];
      byBlock.set(run.block, list);
    }
    const top = found.length ? run.block.getRootNode() : null;
    if (isShadowRoot(top)) shadowStyles.add(top);
    let i = 0;
    for (const { start, end, entityId, kind } of found) {
      while (i + 1 < run.nodes.length && (run.starts[i + 1] as number) <= start) i++;
      const startIndex = i;
      let j = i;
      while (j + 1 < run.nodes.length && (run.starts[j + 1] as number) < end) j++;
      const range = makeRange(
        doc,
        run.nodes[startIndex] as Text,
        start - (run.starts[startIndex] as number),
        run.nodes[j] as Text,
        end - (run.starts[j] as number),
      );
      const mention = { entityId, kind, text: run.text.slice(start, end), range, block: run.block };
      list.push(mention);
      byRange.set(range, mention);
      layer.add(kind, range);
    }
  }

  /**
   * Takes the mentions of every block inside `root` out of `byBlock` into `stale`, to be found
   * again, as the scan comes to the root (it knows whether the root has child elements: most
   * added roots are paragraphs). Nothing flickers or miscounts meanwhile: they stay listed until
   * their block's new mentions come, and highlighted until the rescan is done.
   */
  function detachMentionsUnder(
    root: Block,
    hasElements: boolean,
    stale: Map<Block, PageMention[]>,
  ) {
    if (byBlock.size === 0) return;
    const detach = (block: Block) => {
      const list = byBlock.get(block);
      if (!list) return;
      stale.set(block, list);
      staleByBlock.set(block, list);
      byBlock.delete(block);
    };
    detach(root);
    if (!hasElements) return;
    if (byBlock.size <= 64) {
      for (const block of [...byBlock.keys()]) if (root.contains(block)) detach(block);
      return;
    }
    // Many known blocks: look up the root's elements instead of testing every block.
    const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let e = walker.nextNode(); e; e = walker.nextNode()) detach(e as Element);
  }

  function unhighlight(mentions: readonly PageMention[]) {
    for (const mention of mentions) {
      layer.delete(mention.kind, mention.range);
      byRange.delete(mention.range);
    }
  }

  async function drain() {
    // Never report back while the caller is still constructing us.
    await Promise.resolve();
    let deadline = performance.now() + sliceMs;
    while (queue.length && !signal.aborted) {
      // All queued roots are read as one text; the whole document may be an editor (designMode,
      // an editable body), in which case there is nothing to read.
      const queued = queue.splice(0);
      let roots: Block[];
      if (queueChecked) {
        roots = queued.filter((r) => r.isConnected);
      } else {
        const insideSkipped = createSkipCheck();
        roots = outermost(queued).filter((r) => r.isConnected && !insideSkipped(r));
      }
      if (roots.length === 0) continue;
      const stale = new Map<Block, PageMention[]>();
      staleByBlock = new Map();
      const scan = createTextScan(roots, matcher, addRun, (root, hasElements) =>
        detachMentionsUnder(root, hasElements, stale),
      );
      while (!scan.step(deadline)) {
        await pause();
        if (signal.aborted) return;
        deadline = performance.now() + sliceMs;
      }
      staleByBlock = new Map();
      for (const mentions of stale.values()) unhighlight(mentions);
      findShadowRoots(roots);
      if (queue.length && performance.now() > deadline) {
        await pause();
        deadline = performance.now() + sliceMs;
      }
    }
    options.onChange?.();
  }

  /** Queues the shadow roots under `roots` not known yet, and watches them. */
  function findShadowRoots(roots: readonly Block[]) {
    for (const root of roots) {
      for (const shadow of shadowRootsIn(root, shadowRootOf)) {
        if (shadowRoots.has(shadow)) continue;
        shadowRoots.add(shadow);
        observe(shadow);
        queue.push(shadow);
      }
    }
  }

  /** Queues roots to read; `checked` when they are one batch's, outermost and not skipped. */
  function enqueue(roots: Block[], checked = false) {
    queueChecked = queue.length === 0 && checked;
    queue.push(...roots);
    if (!working) {
      working = drain().finally(() => {
        working = null;
      });
    }
  }

  function onBatch(batch: MutationBatch) {
    if (batch.removed) {
      for (const block of [...byBlock.keys()]) if (!block.isConnected) forgetBlock(block);
      for (const root of shadowRoots) if (!root.isConnected) shadowRoots.delete(root);
    }
    if (batch.roots.length) enqueue(batch.roots, true);
    else options.onChange?.();
  }

  signal.addEventListener(
    'abort',
    () => {
      layer.clear();
      shadowStyles.clear();
    },
    { once: true },
  );
  const observe = watchMutations(doc, onBatch, signal);
  if (doc.body) enqueue([doc.body]);

  return {
    async settled() {
      while (working) await working;
    },
    mentions: () => [...byBlock.values(), ...staleByBlock.values()].flat(),
    mentionFor: (range) => byRange.get(range),
    shadowRoots: shadowStyles.roots,
    setVisibleKinds(kinds) {
      for (const kind of ENTITY_KINDS) {
        layer.setVisible(kind, kinds.has(kind));
      }
    },
    setMatcher(next) {
      matcher = next;
      if (doc.body) enqueue([doc.body, ...shadowRoots]);
    },
    setColor: (kind, color) => layer.setColor(kind, color),
    setHovered: (mention) => layer.setHovered(mention?.range ?? null),
  };
}
