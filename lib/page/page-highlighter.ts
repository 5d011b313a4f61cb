import type { HighlightColor } from '../colors';
import type { Matcher } from '../text/compile-matcher';
import { findMentions } from '../text/find-mentions';
import type { EntityKind } from '../text/types';
import { createTextWalk, type TextRun } from './collect-text';
import { isInsideSkipped } from './elements';
import { createHighlightLayer, makeRange, type PageWindow } from './highlights';
import { SLICE_MS, type YieldToPage, yieldToPage } from './schedule';
import { type MutationBatch, watchMutations } from './watch-mutations';

/** One highlighted mention on the page. */
export interface PageMention {
  entityId: string;
  kind: EntityKind;
  /** The text as the page shows it ("John\u00a0Kerry"). */
  text: string;
  range: AbstractRange;
  /** The block whose text contains it; its mentions are replaced when it is read again. */
  block: Element;
}

/** Everything the page highlighter needs, with the real browser as the default for each. */
export interface PageHighlighterOptions {
  matcher: Matcher;
  /** Kinds shown from the start; others are still found, so switching them on is instant. */
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
  /** Every mention, in page order. */
  mentions(): PageMention[];
  /** The mention a range of ours belongs to. */
  mentionFor(range: AbstractRange): PageMention | undefined;
  setVisibleKinds(kinds: ReadonlySet<EntityKind>): void;
  setColor(kind: EntityKind, color: HighlightColor): void;
  setHovered(mention: PageMention | null): void;
  /** Marks a mention strongly for a moment. */
  flash(mention: PageMention): void;
}

/** Highlights every mention under `doc.body` and keeps them in step with the page's changes. */
export function startPageHighlighter(options: PageHighlighterOptions): PageHighlighter {
  const doc = options.doc ?? document;
  const win = doc.defaultView as PageWindow;
  const { matcher, signal } = options;
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const pause = options.yieldToPage ?? yieldToPage;
  const layer = createHighlightLayer(options.visibleKinds, win);
  const byBlock = new Map<Element, PageMention[]>();
  const byRange = new Map<AbstractRange, PageMention>();
  const queue: Element[] = [];
  let working: Promise<void> | null = null;

  function forgetBlock(block: Element) {
    const old = byBlock.get(block);
    if (!old) return;
    for (const mention of old) {
      layer.delete(mention.kind, mention.range);
      byRange.delete(mention.range);
    }
    byBlock.delete(block);
  }

  function addRun(run: TextRun) {
    const breaks = run.breaks.length ? new Set(run.breaks) : undefined;
    const found = findMentions(matcher, run.text, undefined, breaks);
    if (found.length === 0) return;
    let list = byBlock.get(run.block);
    if (!list) {
      list = [];
      byBlock.set(run.block, list);
    }
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

  const handlers = { onBlock: forgetBlock, onRun: addRun };

  async function drain() {
    // Never report back while the caller is still constructing us.
    await Promise.resolve();
    let deadline = performance.now() + sliceMs;
    while (queue.length && !signal.aborted) {
      const root = queue.shift() as Element;
      // The whole document may be an editor (designMode, an editable body): leave it alone.
      if (!root.isConnected || isInsideSkipped(root)) continue;
      const walk = createTextWalk(root, handlers);
      // One deadline across roots: many small added blocks share a slice instead of each yielding.
      while (!walk.step(deadline)) {
        await pause();
        if (signal.aborted) return;
        deadline = performance.now() + sliceMs;
      }
      if (queue.length && performance.now() > deadline) {
        await pause();
        deadline = performance.now() + sliceMs;
      }
    }
    options.onChange?.();
  }

  function enqueue(roots: Element[]) {
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
    }
    if (batch.roots.length) enqueue(batch.roots);
    else options.onChange?.();
  }

  signal.addEventListener('abort', () => layer.clear(), { once: true });
  watchMutations(doc, onBatch, signal);
  if (doc.body) enqueue([doc.body]);

  return {
    async settled() {
      while (working) await working;
    },
    mentions() {
      const all = [...byBlock.values()].flat();
      return all.sort((a, b) => compareRanges(a.range, b.range));
    },
    mentionFor: (range) => byRange.get(range),
    setVisibleKinds(kinds) {
      for (const kind of ['person', 'place', 'organization'] as const) {
        layer.setVisible(kind, kinds.has(kind));
      }
    },
    setColor: (kind, color) => layer.setColor(kind, color),
    setHovered: (mention) => layer.setHovered(mention?.range ?? null),
    flash: (mention) => layer.flash(mention.range),
  };
}

/** Orders two ranges by where they start in the document. */
function compareRanges(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const position = a.startContainer.compareDocumentPosition(b.startContainer);
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
