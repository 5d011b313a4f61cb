import type { Matcher } from '../text/compile-matcher';
import { findMentions } from '../text/find-mentions';
import type { Mention } from '../text/types';
import { type Block, isShadowRoot } from './elements';
import { lineBreakBetween, readRun, type TextRun } from './text-runs';

/** How far around a possible name the text is read: more than a name and its veto context. */
const REACH_BEFORE = 64;
export const REACH_AFTER = 192;
/** Mentions this close to the end of a window cut short are left to the next window. */
const WINDOW_TAIL = 128;

/** Receives a run of text and the mentions in it (offsets in `run.text`). */
export type OnMentions = (run: TextRun, mentions: Mention[]) => void;

/** A place in the page's text. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** What the last window read: hits there need no second look. */
interface Covered {
  /** Nodes read to their end (and text inside the block stepped over between them). */
  nodes: Set<Text>;
  /** Where the window's reading stopped. */
  until: TextPoint;
}

/**
 * The language of a block's text as `findMentions` takes it: the nearest `lang`'s primary subtag
 * ("de" of "de-AT"), '' where none is said; from a shadow root on through its host. As written:
 * pages write it in lower case, and the content script has no bytes to spare.
 */
export function langOf(block: Block): string {
  for (let element: Element | null = isShadowRoot(block) ? block.host : block; element; ) {
    const marked = element.closest<HTMLElement>('[lang]');
    // `|| ''`: an SVG element has no `lang` property.
    if (marked) return (marked.lang || '').slice(0, 2);
    const top = element.getRootNode();
    element = isShadowRoot(top) ? top.host : null;
  }
  return '';
}

/** Where `offset` of a run falls: the member node holding it, and the offset in that node. */
function pointAt(run: TextRun, offset: number): TextPoint {
  let m = 0;
  while (m + 1 < run.nodes.length && (run.starts[m + 1] as number) <= offset) m++;
  return { node: run.nodes[m] as Text, offset: offset - (run.starts[m] as number) };
}

/**
 * Reads the page's text in windows around possible names, for a scan moving forward through it:
 * each window is a stretch of one block's run (up to a line break or another block), found from
 * the page's structure; its mentions not reported yet go to `onMentions`, and what it read is
 * remembered so the scan does not look at it twice.
 */
export function createWindowReader(
  blockOfText: (node: Text) => Block | null,
  matcher: Matcher,
  onMentions: OnMentions,
) {
  let covered: Covered | null = null;
  // Just after the last mention reported: a window reaching back over it does not report it again.
  let reportedTo: TextPoint | null = null;
  // Once the scan reads part of the text again (the page removed the node it paused on), the
  // mentions reported before (by where they start) are not reported twice.
  let reread = false;
  const reportedStarts = new Map<Text, number[]>();

  function reportedBefore(run: TextRun, mention: Mention): boolean {
    const { node, offset } = pointAt(run, mention.start);
    return reportedStarts.get(node)?.includes(offset) ?? false;
  }

  function report(run: TextRun, found: Mention[]): number {
    onMentions(run, found);
    for (const mention of found) {
      const start = pointAt(run, mention.start);
      const starts = reportedStarts.get(start.node);
      if (starts) starts.push(start.offset);
      else reportedStarts.set(start.node, [start.offset]);
    }
    const lastEnd = (found[found.length - 1] as Mention).end;
    const last = pointAt(run, lastEnd - 1);
    reportedTo = { node: last.node, offset: last.offset + 1 };
    return lastEnd;
  }

  /** The nodes of the block's run around `at` in `node`, as far as a window reaches. */
  function membersAround(block: Block, node: Text, at: number) {
    // true to take node k, false to stop, null to step over it (skipped text inside the block).
    const joins = (k: Text, before: Text, after: Text) => {
      const placement = blockOfText(k);
      if (placement === null) return null;
      return placement === block && !lineBreakBetween(before, after);
    };
    const walk = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
    const members = [node];
    walk.currentNode = node;
    for (let before = at, k = walk.previousNode(); k && before < REACH_BEFORE; ) {
      const joined = joins(k as Text, k as Text, members[0] as Text);
      if (joined === false) break;
      if (joined) {
        members.unshift(k as Text);
        before += (k as Text).data.length;
      }
      k = walk.previousNode();
    }
    walk.currentNode = node;
    // Every node the forward reach passed, members or stepped over, in page order.
    const passed: Text[] = [];
    let cut = false;
    for (let after = node.data.length - at, k = walk.nextNode(); k; k = walk.nextNode()) {
      const joined = joins(k as Text, members[members.length - 1] as Text, k as Text);
      if (joined === false) break;
      if (joined && after >= REACH_AFTER) {
        cut = true;
        break;
      }
      passed.push(k as Text);
      if (!joined) continue;
      members.push(k as Text);
      after += (k as Text).data.length;
    }
    return { members, passed, cut };
  }

  return {
    /**
     * Reads the run around `at` in `node` as far as a name and its context can reach, reports
     * the mentions in it not reported yet, and notes what it read.
     */
    read(node: Text, at: number) {
      const block = blockOfText(node);
      // Skipped text (a <script>), or text the page removed while the scan was paused.
      if (!block?.isConnected) return;
      const { members, passed, cut } = membersAround(block, node, at);
      const run = readRun(block, members);
      const until = cut ? run.text.length - WINDOW_TAIL : run.text.length;
      let from = 0;
      if (reportedTo) {
        const r = members.indexOf(reportedTo.node);
        if (r !== -1) from = (run.starts[r] as number) + reportedTo.offset;
      }
      // A mention must reach the hit: one wholly before it was judged by an earlier window, with
      // more of its context than this window's reach back may hold ("Michelle" of Michelle Obama).
      const hitAt = (run.starts[members.indexOf(node)] as number) + at;
      const breaks = run.breaks.length ? new Set(run.breaks) : undefined;
      const found = findMentions(matcher, run.text, undefined, breaks, langOf(block)).filter(
        (m) =>
          m.start >= from &&
          m.end > hitAt &&
          m.start < until &&
          !(reread && reportedBefore(run, m)),
      );
      const readTo = found.length ? Math.max(until, report(run, found)) : until;
      // Read: the hit's node from `at`, and what follows up to `readTo`.
      const stop = pointAt(run, readTo);
      const nodes = new Set<Text>();
      if (stop.node !== node) {
        nodes.add(node);
        for (const k of passed) {
          if (k === stop.node) break;
          nodes.add(k);
        }
      }
      covered = { nodes, until: stop };
    },

    /** Where the last window stopped reading inside `node`: -1 if it read on past the node. */
    stopIn(node: Text): number {
      if (!covered) return -1;
      return covered.until.node === node ? covered.until.offset : -1;
    },

    /** Whether the text at `offset` in `node` was read by the last window. */
    isRead(node: Text, offset: number): boolean {
      if (!covered) return false;
      if (covered.until.node === node) return offset < covered.until.offset;
      return covered.nodes.has(node);
    },

    /** Whether the scan is inside the last window's reach (a quick test for the hot loop). */
    get reading(): boolean {
      return covered !== null;
    },

    /** Where hits in `node`, the next node of the scan, need a look: -1 for none; leaves the window. */
    unreadFrom(node: Text): number {
      const read = covered as Covered;
      if (read.until.node === node) return read.until.offset;
      if (read.nodes.has(node)) return -1;
      covered = null;
      return 0;
    },

    /** The scan goes back to read text again: forget what was read, remember what was reported. */
    rewind() {
      covered = null;
      reportedTo = null;
      reread = true;
    },
  };
}
