import { browser } from 'wxt/browser';
import { ENTITY_KINDS } from '../../data/types';
import type { HighlightColor } from '../colors';
import type { Matcher } from '../text/compile-matcher';
import { findMentions } from '../text/find-mentions';
import type { EntityKind } from '../text/types';
import { SLOTS_MODULE_FILE } from '../web-accessible-files';
import { type Block, createSkipCheck, isShadowRoot, outermost } from './elements';
import { createHighlightLayer, type PageWindow } from './highlights';
import { createPageMentions, type PageMention } from './page-mentions';
import { createTextScan } from './scan-text';
import { langOf } from './scan-windows';
import { SLICE_MS, type YieldToPage, yieldToPage } from './schedule';
import { createShadowStyles, shadowRootReader, shadowRootsIn } from './shadow-roots';
import type * as SlottedRuns from './slotted-runs';
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
  /** Loads the reading of slots (the slots module from the extension by default). */
  loadSlots?: () => Promise<SlotReader>;
}

/** The reading of slots, a module of its own (lib/page/slotted-runs.ts). */
export type SlotReader = Pick<typeof SlottedRuns, 'readSlots'>;

/** Imports the slots module from the extension (scripts/build-modules.ts). */
const loadSlotsModule = (): Promise<SlotReader> =>
  import(/* @vite-ignore */ browser.runtime.getURL(`/${SLOTS_MODULE_FILE}`));

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
  // Shadow roots found so far: each is watched and read like the document.
  const shadowRootOf = shadowRootReader(win);
  const shadowRoots = new Set<ShadowRoot>();
  // Those holding a slot: the light children they show are read with the slot's block.
  const slotRoots = new Set<ShadowRoot>();
  let slotReader: Promise<SlotReader | null> | undefined;
  const shadowStyles = createShadowStyles(win);
  const found = createPageMentions(doc, layer, shadowStyles);
  // Whether the queue holds one mutation batch's roots only: already outermost and not skipped.
  let queueChecked = false;
  let working: Promise<void> | null = null;

  /**
   * Reads again, as the reader sees them, the blocks of shadow roots whose slots show text that
   * `read` may have changed: the scan reads a slot's block without the slotted text, and the
   * slotted text nowhere. The reading is a module of its own, loaded on the first page that needs
   * it; if it cannot load (the extension was updated meanwhile), the next change tries again.
   */
  async function readSlots(read: readonly Block[]) {
    for (const root of read) {
      const top = isShadowRoot(root) ? root : root.getRootNode();
      if (isShadowRoot(top) && top.querySelector('slot')) slotRoots.add(top);
    }
    if (slotRoots.size === 0) return;
    slotReader ??= (options.loadSlots ?? loadSlotsModule)().catch(() => {
      slotReader = undefined;
      return null;
    });
    const reader = await slotReader;
    if (!reader || signal.aborted) return;
    for (const { block, runs } of reader.readSlots(read, slotRoots, shadowRootOf)) {
      found.forgetBlock(block);
      for (const run of runs) {
        const breaks = run.breaks.length ? new Set(run.breaks) : undefined;
        const inRun = findMentions(matcher, run.text, undefined, breaks, langOf(block));
        if (inRun.length) found.addRun(run, inRun);
      }
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
      const reading = found.beginReading();
      const scan = createTextScan(roots, matcher, found.addRun, reading.detachUnder, shadowRootOf);
      while (!scan.step(deadline)) {
        await pause();
        if (signal.aborted) return;
        deadline = performance.now() + sliceMs;
      }
      reading.end();
      findShadowRoots(roots);
      if (shadowRoots.size) await readSlots(roots);
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
        // A slot showing other light children (a `slot` attribute changed) mutates nothing we watch.
        shadow.addEventListener('slotchange', () => enqueue([shadow]), { signal });
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
      found.forgetDisconnected();
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
    mentions: found.all,
    mentionFor: found.mentionFor,
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
    setHovered: (mention) => layer.setHovered(mention ? (mention.pieces ?? [mention.range]) : []),
  };
}
