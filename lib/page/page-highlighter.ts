import { ENTITY_KINDS } from '../../data/types';
import type { HighlightColor } from '../colors';
import type { Matcher } from '../text/compile-matcher';
import type { EntityKind } from '../text/types';
import { type Block, createSkipCheck, outermost } from './elements';
import { createHighlightLayer, type PageWindow } from './highlights';
import { createPageMentions, type PageMention } from './page-mentions';
import { createPageShadows, type ShadowModule } from './page-shadows';
import { createTextScan } from './scan-text';
import { now, SLICE_MS, type YieldToPage, yieldToPage } from './schedule';
import { type MutationBatch, watchMutations } from './watch-mutations';

export type { PageMention };

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
  /**
   * Loads the shadow module (see lib/page/page-shadows.ts); without it, shadow roots are read as
   * far as the page module can alone (their hosts' light children where slots show them).
   */
  loadShadowModule?: () => Promise<ShadowModule>;
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
  const queue: Block[] = [];
  // Batches come a frame after the changes, when everything below is made.
  const observe = watchMutations(doc, onBatch, signal);
  const shadows = createPageShadows({
    win,
    signal,
    observe,
    enqueue,
    matcher: () => matcher,
    reread(block, inRuns) {
      found.forgetBlock(block);
      for (const [run, inRun] of inRuns) found.addRun(run, inRun);
    },
    loadModule: options.loadShadowModule,
  });
  const found = createPageMentions(doc, layer, shadows.style);
  // Whether the queue holds one mutation batch's roots only: already outermost and not skipped.
  let queueChecked = false;
  let working: Promise<void> | null = null;

  async function drain() {
    // Never report back while the caller is still constructing us.
    await Promise.resolve();
    let deadline = now() + sliceMs;
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
      const scan = createTextScan(
        roots,
        matcher,
        found.addRun,
        found.detachMentionsUnder,
        shadows.rootOf,
      );
      while (!scan.step(deadline)) {
        await pause();
        if (signal.aborted) return;
        deadline = now() + sliceMs;
      }
      found.endReading();
      await shadows.afterReading(roots);
      if (queue.length && now() > deadline) {
        await pause();
        deadline = now() + sliceMs;
      }
    }
    options.onChange?.();
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
      found.forgetDisconnected();
      shadows.forgetDisconnected();
    }
    if (batch.roots.length) enqueue(batch.roots, true);
    else options.onChange?.();
  }

  signal.addEventListener(
    'abort',
    () => {
      layer.clear();
      shadows.clear();
    },
    { once: true },
  );
  if (doc.body) enqueue([doc.body]);

  return {
    async settled() {
      while (working) await working;
    },
    mentions: found.all,
    mentionFor: found.mentionFor,
    shadowRoots: shadows.styledRoots,
    setVisibleKinds(kinds) {
      for (const kind of ENTITY_KINDS) {
        layer.setVisible(kind, kinds.has(kind));
      }
    },
    setMatcher(next) {
      matcher = next;
      if (doc.body) enqueue([doc.body, ...shadows.known()]);
    },
    setColor: (kind, color) => layer.setColor(kind, color),
    setHovered: (mention) => layer.setHovered(mention?.pieces ?? []),
  };
}
