import {
  blockOf,
  createSkipCheck,
  INLINE,
  isInline,
  localNameOf,
  OWN_PREFIX,
  outermost,
} from './elements';
import { afterFrame } from './schedule';

/** What changed on the page since the last batch. */
export interface MutationBatch {
  /** Blocks to read again, none inside another. */
  roots: Element[];
  /** Whether nodes were removed, so blocks we know may have left the page. */
  removed: boolean;
}

function isOwn(node: Node): boolean {
  return node.nodeType === 1 && localNameOf(node as Element).startsWith(OWN_PREFIX);
}

/** Turns raw mutation records into the blocks whose text may have changed. */
export function batchFromRecords(records: readonly MutationRecord[]): MutationBatch {
  // Gather first, check once: a batch often adds a hundred siblings, or edits one block often.
  const candidates = new Set<Element>();
  let removed = false;
  const aroundTarget = (record: MutationRecord) => {
    const block = blockOf(record.target);
    if (block) candidates.add(block);
  };
  // Index loops: this runs for every record of a busy page, mostly before it is optimised.
  for (let r = 0; r < records.length; r++) {
    const record = records[r] as MutationRecord;
    if (record.type === 'characterData') {
      aroundTarget(record);
      continue;
    }
    const removedNodes = record.removedNodes;
    if (removedNodes.length) removed = true;
    for (let i = 0; i < removedNodes.length; i++) {
      const node = removedNodes[i] as Node;
      // Removing text or an inline element changes the text of the block around it.
      if (isOwn(node)) continue;
      if (node.nodeType !== 1 || isInline(node as Element)) aroundTarget(record);
    }
    const addedNodes = record.addedNodes;
    for (let i = 0; i < addedNodes.length; i++) {
      const node = addedNodes[i] as Node;
      const type = node.nodeType;
      if (type === 3) {
        aroundTarget(record);
      } else if (type === 1) {
        // A block is read on its own; an inline element changes the text of the block around it.
        const name = localNameOf(node as Element);
        if (name.startsWith(OWN_PREFIX)) continue;
        if (INLINE.has(name)) aroundTarget(record);
        else candidates.add(node as Element);
      }
    }
  }
  const insideSkipped = createSkipCheck();
  const roots = outermost(candidates).filter((root) => root.isConnected && !insideSkipped(root));
  return { roots, removed };
}

/**
 * Watches `doc` for text changes and reports them at most once per frame, ignoring changes
 * inside `ignore` (our own UI). Stops when `signal` aborts.
 */
export function watchMutations(
  doc: Document,
  onBatch: (batch: MutationBatch) => void,
  signal: AbortSignal,
): void {
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
  observer.observe(doc, { childList: true, characterData: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      cancelFrame?.();
    },
    { once: true },
  );
}
