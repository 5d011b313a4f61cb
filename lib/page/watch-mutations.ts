import {
  type Block,
  blockOf,
  createSkipCheck,
  hasSkippingAttributes,
  INLINE,
  isInline,
  isInsideSkipped,
  isSkippedName,
  localNameOf,
  OWN_PREFIX,
  outermost,
} from './elements';
import { afterFrame } from './schedule';

/** What changed on the page since the last batch. */
export interface MutationBatch {
  /** Blocks to read again, none inside another. */
  roots: Block[];
  /** Whether nodes were removed, so blocks we know may have left the page. */
  removed: boolean;
}

function isOwn(node: Node): boolean {
  return node.nodeType === 1 && localNameOf(node as Element).startsWith(OWN_PREFIX);
}

/**
 * Turns raw mutation records into the blocks whose text may have changed. Runs for every record
 * of a busy page, mostly before the engine has optimised it: a page adding paragraphs one at a
 * time makes one record per paragraph, so each costs as few questions to the page as it can.
 */
export function batchFromRecords(records: readonly MutationRecord[]): MutationBatch {
  // Blocks around edited text, and added blocks by the parent they were added to.
  const around = new Set<Block>();
  const addedTo = new Map<Node, Element[]>();
  let removed = false;
  let lastTarget: Node | null = null;
  let lastAround: Node | null = null;
  let added: Element[] = [];
  const aroundTarget = (target: Node) => {
    if (target === lastAround) return;
    lastAround = target;
    const block = blockOf(target);
    if (block) around.add(block);
  };
  for (let r = 0; r < records.length; r++) {
    const record = records[r] as MutationRecord;
    const target = record.target;
    if (record.type === 'characterData') {
      aroundTarget(target);
      continue;
    }
    const removedNodes = record.removedNodes;
    if (removedNodes.length) removed = true;
    for (let i = 0; i < removedNodes.length; i++) {
      const node = removedNodes[i] as Node;
      // Removing text or an inline element changes the text of the block around it.
      if (isOwn(node)) continue;
      if (node.nodeType !== 1 || isInline(node as Element)) aroundTarget(target);
    }
    const addedNodes = record.addedNodes;
    for (let i = 0; i < addedNodes.length; i++) {
      const node = addedNodes[i] as Node;
      const type = node.nodeType;
      if (type === 3) {
        aroundTarget(target);
      } else if (type === 1) {
        // A block is read on its own; an inline element changes the text of the block around it.
        const name = localNameOf(node as Element);
        // Our own elements, code and controls: nothing to read, inside or around.
        if (isSkippedName(name)) continue;
        if (INLINE.has(name)) {
          aroundTarget(target);
          continue;
        }
        if (target !== lastTarget) {
          lastTarget = target;
          added = addedTo.get(target) ?? [];
          addedTo.set(target, added);
        }
        added.push(node as Element);
      }
    }
  }
  return { roots: rootsOf(around, addedTo, removed), removed };
}

/** The blocks to read again, none inside another, none skipped, all still on the page. */
function rootsOf(around: Set<Block>, addedTo: Map<Node, Element[]>, removed: boolean): Block[] {
  const [only] = addedTo;
  // The common case: blocks added to one parent and nothing else. Without removals in the
  // batch every one is still where it was added, once: siblings, none inside another.
  if (around.size === 0 && addedTo.size === 1 && only && !removed && only[0].nodeType === 1) {
    const [parent, blocks] = only;
    if (isInsideSkipped(parent)) return [];
    return blocks.filter((block) => !hasSkippingAttributes(block));
  }
  const candidates: Block[] = [...around];
  for (const blocks of addedTo.values()) candidates.push(...blocks);
  const insideSkipped = createSkipCheck();
  return outermost(candidates).filter((root) => root.isConnected && !insideSkipped(root));
}

/**
 * Watches `doc` for text changes and reports them at most once per frame, ignoring changes
 * inside `ignore` (our own UI). Stops when `signal` aborts. Returns how to watch a shadow root
 * as well (changes in one are not seen from the document).
 */
export function watchMutations(
  doc: Document,
  onBatch: (batch: MutationBatch) => void,
  signal: AbortSignal,
): (root: ShadowRoot) => void {
  let pending: MutationRecord[] = [];
  let cancelFrame: (() => void) | null = null;
  const observer = new MutationObserver((records) => {
    // The observer hands over a new array each time: keep it rather than copy it.
    pending = pending.length === 0 ? records : pending.concat(records);
    cancelFrame ??= afterFrame(() => {
      cancelFrame = null;
      const records = pending;
      pending = [];
      const batch = batchFromRecords(records);
      if (batch.roots.length || batch.removed) onBatch(batch);
    });
  });
  const options = { childList: true, characterData: true, subtree: true };
  observer.observe(doc, options);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      cancelFrame?.();
    },
    { once: true },
  );
  return (root) => observer.observe(root, options);
}
