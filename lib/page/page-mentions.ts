import type { EntityKind, Mention } from '../text/types';
import { type Block, isShadowRoot } from './elements';
import { type HighlightLayer, makeRange } from './highlights';
import type { TextRun } from './text-runs';

/** One highlighted mention on the page. */
export interface PageMention {
  entityId: string;
  kind: EntityKind;
  /** The text as the page shows it ("John\u00a0Kerry"). */
  text: string;
  range: AbstractRange;
  /** Every part of it, one range per tree (more than `range` only for a name through a slot). */
  pieces: AbstractRange[];
  /** The block whose text contains it; its mentions are replaced when it is read again. */
  block: Block;
}

/**
 * The mentions on a page by block and by range, and their highlights: added as runs are read,
 * replaced when a block is read again.
 */
export function createPageMentions(
  doc: Document,
  layer: HighlightLayer,
  /** Styles a shadow root holding a mention (our rules do not cross into it). */
  styleRoot: (root: ShadowRoot) => void,
) {
  const byBlock = new Map<Block, PageMention[]>();
  const byRange = new Map<AbstractRange, PageMention>();
  // The mentions of the blocks being read again, by block: listed until the block's new ones come.
  let staleByBlock = new Map<Block, PageMention[]>();
  // Every mention detached by the reading under way, to take away at its end if not found again.
  let stale = new Map<Block, PageMention[]>();

  /** Takes away the mentions of a block (it left the page, or is read again as a whole). */
  function forgetBlock(block: Block) {
    const old = byBlock.get(block);
    if (!old) return;
    unhighlight(old);
    byBlock.delete(block);
  }

  /** Adds the mentions found in a run (through a slot, a mention has a part in each tree). */
  function addRun(run: TextRun, found: readonly Mention[]) {
    // The block's old mentions are listed until its new ones come.
    staleByBlock.delete(run.block);
    let list = byBlock.get(run.block);
    if (!list) {
      list = [];
      byBlock.set(run.block, list);
    }
    let i = 0;
    for (const { start, end, entityId, kind } of found) {
      while (i + 1 < run.nodes.length && (run.starts[i + 1] as number) <= start) i++;
      let j = i;
      while (j + 1 < run.nodes.length && (run.starts[j + 1] as number) < end) j++;
      const pieces = run.piecesOf?.(start, end) ?? [
        makeRange(
          doc,
          run.nodes[i] as Text,
          start - (run.starts[i] as number),
          run.nodes[j] as Text,
          end - (run.starts[j] as number),
        ),
      ];
      const mention: PageMention = {
        entityId,
        kind,
        text: run.text.slice(start, end),
        range: pieces[0] as AbstractRange,
        pieces,
        block: run.block,
      };
      list.push(mention);
      for (const piece of pieces) {
        byRange.set(piece, mention);
        layer.add(kind, piece);
        const top = piece.startContainer.getRootNode();
        if (isShadowRoot(top)) styleRoot(top);
      }
    }
  }

  /**
   * Takes the mentions of every block inside `root` out of `byBlock` into `stale`, to be found
   * again, as the scan comes to the root (it knows whether the root has child elements: most
   * added roots are paragraphs). Nothing flickers or miscounts meanwhile: they stay listed until
   * their block's new mentions come, and highlighted until the rescan is done.
   */
  function detachMentionsUnder(root: Block, hasElements: boolean) {
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
      for (const piece of mention.pieces) {
        layer.delete(mention.kind, piece);
        byRange.delete(piece);
      }
    }
  }

  return {
    addRun,
    forgetBlock,
    /**
     * Starts a reading of some blocks again: returns where `detachMentionsUnder` puts their old
     * mentions, and how to end the reading (those not found again are taken away).
     */
    detachMentionsUnder,
    /** Ends a reading: the mentions detached and not found again are taken away. */
    endReading() {
      staleByBlock = new Map();
      for (const mentions of stale.values()) unhighlight(mentions);
      stale = new Map();
    },
    /** Forgets the mentions of blocks the page removed. */
    forgetDisconnected() {
      for (const block of [...byBlock.keys()]) if (!block.isConnected) forgetBlock(block);
    },
    all: () => [...byBlock.values(), ...staleByBlock.values()].flat(),
    mentionFor: (range: AbstractRange) => byRange.get(range),
  };
}
