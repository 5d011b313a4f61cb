import type { Matcher } from '../text/compile-matcher';
import { findMentions } from '../text/find-mentions';
import type { Mention } from '../text/types';
import { type Block, isInline, isShadowRoot, isSkipped, localNameOf } from './elements';
import { makeRange } from './highlights';
import { langOf } from './scan-windows';
import type { ShadowRootOf } from './shadow-roots';
import { createPlacements, type Placements, readRun, type TextRun } from './text-runs';

// Part of the shadow module (lib/page/shadow-module.ts), loaded only on pages with web components.

/** A block of a shadow root holding a slot, and the mentions in its runs as the reader sees them. */
export interface SlottedBlock {
  block: Block;
  found: [TextRun, Mention[]][];
}

/**
 * Reads, as the reader sees them, the blocks holding a slot in each of `slotRoots` (shadow roots
 * with a slot; those that left the page are let go) whose slots re-reading `read` may change.
 */
export function readSlots(
  read: readonly Block[],
  slotRoots: Set<ShadowRoot>,
  rootOf: ShadowRootOf,
  matcher: Matcher,
): SlottedBlock[] {
  const blocks: SlottedBlock[] = [];
  for (const shadow of slotRoots) {
    if (!shadow.isConnected) slotRoots.delete(shadow);
    else if (read.some((root) => touchesSlotsOf(root, shadow))) {
      const place = createPlacements([shadow], rootOf);
      for (const block of slotBlocksIn(shadow, place)) {
        const lang = langOf(block);
        const found = readSlottedRuns(block, place, rootOf).map((run): [TextRun, Mention[]] => {
          const breaks = run.breaks.length ? new Set(run.breaks) : undefined;
          return [run, findMentions(matcher, run.text, undefined, breaks, lang)];
        });
        blocks.push({ block, found });
      }
    }
  }
  return blocks;
}

/**
 * The blocks of a shadow root that hold a slot: the reader sees the host's light children there,
 * inside the root's own text ("John <slot>" showing "Kerry"), so those blocks are read as composed.
 */
export function slotBlocksIn(root: ShadowRoot, place: Placements): Block[] {
  const blocks = new Set<Block>();
  for (const slot of root.querySelectorAll('slot')) {
    const block = place.ofChildren(slot);
    if (block) blocks.add(block);
  }
  return [...blocks];
}

/**
 * The text of `block` as the reader sees it: the root's own text with each slot's assigned nodes
 * (or its fallback content when none are) in its place. Cut into runs where a line or another
 * block breaks it, as the scan cuts them. A slotted block element is read where it lives, like
 * any block; only text and inline elements flow into the slot's line.
 */
export function readSlottedRuns(block: Block, place: Placements, rootOf: ShadowRootOf): TextRun[] {
  const runs: TextRun[] = [];
  let nodes: Text[] = [];
  const cut = () => {
    if (nodes.length) {
      const run = readRun(block, nodes);
      run.piecesOf = (start, end) => piecesOf(run, start, end);
      runs.push(run);
    }
    nodes = [];
  };
  /** Slotted content: the host's light children, flowing inline into the slot's line. */
  const takeSlotted = (node: Node) => {
    if (node.nodeType === 3) {
      nodes.push(node as Text);
    } else if (node.nodeType === 1) {
      const element = node as Element;
      if (isSkipped(element)) return;
      // A slot of a root the slotted content sits in shows what is assigned to it (or its
      // fallback): that, not its children.
      if (localNameOf(element) === 'slot') {
        for (const shown of (element as HTMLSlotElement).assignedNodes({ flatten: true })) {
          takeSlotted(shown);
        }
        return;
      }
      // A block, a line break or a host of its own (read through its slots) ends the line.
      if (!isInline(element) || rootOf(element)) return cut();
      for (let child = element.firstChild; child; child = child.nextSibling) takeSlotted(child);
    }
  };
  /** The root's own content of `parent`, in order, with slots filled. */
  const take = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (place.ofText(child as Text) === block) nodes.push(child as Text);
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const inLine = place.ofChildren(element) === block;
        if (inLine && localNameOf(element) === 'slot') {
          const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
          if (assigned.length === 0) take(element);
          for (const node of assigned) takeSlotted(node);
        } else if (inLine) {
          take(element);
        } else {
          cut();
        }
      }
    }
  };
  take(block);
  cut();
  return runs;
}

/**
 * The ranges of `run.text[start, end)`, one per tree its nodes are in: a range cannot cross a
 * shadow boundary ("John " in the root, "Kerry" slotted from the light DOM).
 */
export function piecesOf(run: TextRun, start: number, end: number): AbstractRange[] {
  const { nodes, starts } = run;
  let first = 0;
  while (first + 1 < nodes.length && (starts[first + 1] as number) <= start) first++;
  const pieces: AbstractRange[] = [];
  let startOffset = start - (starts[first] as number);
  for (let k = first; k < nodes.length; k++) {
    const node = nodes[k] as Text;
    const last = k + 1 === nodes.length || (starts[k + 1] as number) >= end;
    const next = nodes[k + 1] as Text;
    // One range per stretch of nodes in one tree and in document order: named slots may show
    // light children in another order than the page's ("<slot name=first>", "<slot name=last>").
    const onward = !last && next.getRootNode() === node.getRootNode();
    if (onward && node.compareDocumentPosition(next) & 4 /* DOCUMENT_POSITION_FOLLOWING */) {
      continue;
    }
    const endOffset = last ? end - (starts[k] as number) : node.data.length;
    pieces.push(makeRange(node.ownerDocument, nodes[first] as Text, startOffset, node, endOffset));
    if (last) break;
    first = k + 1;
    startOffset = 0;
  }
  return pieces;
}

/**
 * Whether re-reading `root` may change what the slots of `shadow` show: `root` is the shadow root,
 * a block inside it, or holds its host (or the host of a root around it), whose light children
 * the slots show.
 */
export function touchesSlotsOf(root: Block, shadow: ShadowRoot): boolean {
  if (root === shadow || root.getRootNode() === shadow) return true;
  for (let top: Node = shadow; isShadowRoot(top); top = top.host.getRootNode()) {
    if (root.contains(top.host)) return true;
  }
  return false;
}
