import { isWordCharAt, wordEnd } from '../text/chars';
import type { Matcher } from '../text/compile-matcher';
import { findMentions } from '../text/find-mentions';
import type { Mention } from '../text/types';
import { createPlacements, lineBreakBetween, readRun, type TextRun } from './text-runs';

/** Invisible characters pages put inside words; a name holding one is found run by run. */
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060]/g;

/** How far around a possible name the text is read: more than a name and its veto context. */
const REACH_BEFORE = 64;
const REACH_AFTER = 192;
/** Mentions this close to the end of a window cut short are left to the next window. */
const WINDOW_TAIL = 128;

/** How many nodes or hits to handle between two looks at the clock. */
const CLOCK_EVERY = 128;

/** Receives a run of text and the mentions in it (offsets in `run.text`). */
export type OnMentions = (run: TextRun, mentions: Mention[]) => void;

/**
 * Scans the text under `roots` for the matcher's names, reporting every run that holds one to
 * `onMentions`. Call `step(deadline)` until it returns true.
 *
 * Most text on a page holds no name, so this reads it as flat as it can: a bare text walk
 * collecting nodes and one joined string (close to the cost of reading the text at all), then the
 * matcher's candidate expression over that string once. Only around a word that may start a name
 * does it ask the page's structure which block the text belongs to, and read the run around it
 * exactly (a window of it, for a block as long as a page). A text node boundary is treated as a
 * possible word boundary until the run says otherwise.
 */
export function createTextScan(
  roots: readonly Element[],
  matcher: Matcher,
  onMentions: OnMentions,
) {
  const blockOfText = createPlacements(roots);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  let rootIndex = 0;
  let walker: TreeWalker | null = null;
  // Where the root being walked began in `nodes` and `text`.
  let rootFirstNode = 0;
  let rootTextStart = 0;
  let collected = false;
  // Where the search resumes, and the next invisible character at or after it (-1: none left).
  let resume = 0;
  let invisible: number | null = null;
  // End of the last mention reported, and the next candidate hit at or after `resume`.
  let reportedEnd = 0;
  let hit: RegExpExecArray | null | undefined;

  function take(node: Text) {
    nodes.push(node);
    starts.push(text.length);
    text += node.data;
  }

  /** Collects text nodes until `deadline`; true once every root is read. */
  function collect(deadline: number): boolean {
    let count = 0;
    while (rootIndex < roots.length) {
      const root = roots[rootIndex] as Element;
      if (!walker && !root.firstElementChild) {
        // A root without child elements (an added paragraph): its text nodes are its children.
        for (let child = root.firstChild; child; child = child.nextSibling) {
          if (child.nodeType === 3) take(child as Text);
        }
        count += 8;
      } else {
        if (walker && !root.contains(walker.currentNode)) {
          // The page removed the node the walk paused on: the walk cannot go on from there, so
          // this root is read again from its start.
          nodes.length = rootFirstNode;
          starts.length = rootFirstNode;
          text = text.slice(0, rootTextStart);
          walker = null;
        }
        if (!walker) {
          rootFirstNode = nodes.length;
          rootTextStart = text.length;
          walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
        }
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text) {
          // The hot loop of every page: kept to what reading the text at all costs, inlined.
          nodes.push(node);
          starts.push(text.length);
          text += node.data;
          if (++count >= CLOCK_EVERY) {
            count = 0;
            if (performance.now() > deadline) return false;
          }
        }
        walker = null;
      }
      rootIndex++;
      if (count >= CLOCK_EVERY) {
        count = 0;
        if (performance.now() > deadline) return false;
      }
    }
    return true;
  }

  /** Index of the node whose text holds position `at` of the joined text. */
  function nodeAt(at: number): number {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  function endOf(index: number): number {
    return index + 1 < starts.length ? (starts[index + 1] as number) : text.length;
  }

  function nextInvisible(): number {
    if (invisible === null || (invisible !== -1 && invisible < resume)) {
      INVISIBLES.lastIndex = resume;
      invisible = INVISIBLES.exec(text)?.index ?? -1;
    }
    return invisible;
  }

  /**
   * Whether the candidate at `at` (in node `index`) may start a name: at a word start or a node
   * boundary, with its word, or the part of it before a later node boundary ("John" of
   * `<a>John</a><a>Kerry</a>`), a first word of some alias.
   */
  function mayStartName(at: number, index: number, end: number): boolean {
    if (at > (starts[index] as number) && isWordCharAt(text, at - 1)) return false;
    if (matcher.roots.has(text.slice(at, end))) return true;
    for (let k = index + 1; k < starts.length && (starts[k] as number) < end; k++) {
      if (matcher.roots.has(text.slice(at, starts[k]))) return true;
    }
    return false;
  }

  /** Whether the text around an invisible character, read without them, holds a first word. */
  function nameMayHold(at: number): boolean {
    const around = text.slice(Math.max(0, at - REACH_BEFORE), at + REACH_BEFORE);
    const visible = around.replace(INVISIBLES, '');
    const candidates = matcher.candidates;
    candidates.lastIndex = 0;
    for (let hit = candidates.exec(visible); hit; hit = candidates.exec(visible)) {
      const end = wordEnd(visible, hit.index);
      if (matcher.roots.has(visible.slice(hit.index, end))) return true;
      candidates.lastIndex = end;
    }
    return false;
  }

  /**
   * Reads the run around position `at` (in node `index`) as far as a name and its context can
   * reach, reports the mentions in it not reported yet, and resumes after them.
   */
  function readAround(at: number, index: number) {
    const block = blockOfText(nodes[index] as Text);
    // Text the page removed while the scan was paused is not read (its block is gone too).
    if (!block?.isConnected) {
      resume = endOf(index);
      return;
    }
    // Neighbouring nodes of the same block up to a line break or another block: true to take
    // node k, false to stop, null to step over it (skipped text inside the block: a <script>).
    const inRun = (k: number, previous: Text, next: Text) => {
      const placement = blockOfText(nodes[k] as Text);
      if (placement === null && block.contains(nodes[k] as Text)) return null;
      return placement === block && !lineBreakBetween(previous, next);
    };
    const members = [index];
    for (
      let k = index - 1, before = at - (starts[index] as number);
      k >= 0 && before < REACH_BEFORE;
      k--
    ) {
      const joins = inRun(k, nodes[k] as Text, nodes[members[0] as number] as Text);
      if (joins === false) break;
      if (joins) {
        members.unshift(k);
        before += endOf(k) - (starts[k] as number);
      }
    }
    let cut = false;
    for (let k = index + 1, after = endOf(index) - at; k < nodes.length; k++) {
      const joins = inRun(
        k,
        nodes[members[members.length - 1] as number] as Text,
        nodes[k] as Text,
      );
      if (joins === false) break;
      if (!joins) continue;
      if (after >= REACH_AFTER) {
        cut = true;
        break;
      }
      members.push(k);
      after += endOf(k) - (starts[k] as number);
    }
    const run = readRun(
      block,
      members.map((k) => nodes[k] as Text),
    );
    // Run offsets to joined-text offsets, through the member node holding them.
    const toFlat = (offset: number) => {
      let m = 0;
      while (m + 1 < members.length && (run.starts[m + 1] as number) <= offset) m++;
      return (starts[members[m] as number] as number) + offset - (run.starts[m] as number);
    };
    // Text changed since it was collected may make run offsets overshoot: never past the run.
    const runEnd = endOf(members[members.length - 1] as number);
    const until = cut
      ? Math.min(toFlat(run.text.length - WINDOW_TAIL), runEnd)
      : Number.POSITIVE_INFINITY;
    const breaks = run.breaks.length ? new Set(run.breaks) : undefined;
    // New: not reported yet (reported ones end by `reportedEnd`) and reaching past `resume` — a
    // name may start before it when a word around an invisible character was skipped.
    const mentions = findMentions(matcher, run.text, undefined, breaks).filter((m) => {
      const start = toFlat(m.start);
      return start >= reportedEnd && toFlat(m.end - 1) + 1 > resume && start < until;
    });
    if (mentions.length) {
      onMentions(run, mentions);
      const last = mentions[mentions.length - 1] as Mention;
      reportedEnd = toFlat(last.end - 1) + 1;
    }
    resume = cut ? Math.min(Math.max(until, reportedEnd, at + 1), runEnd) : runEnd;
  }

  /** Searches the joined text until `deadline`; true once it reached the end. */
  function search(deadline: number): boolean {
    const candidates = matcher.candidates;
    let count = 0;
    while (resume < text.length) {
      if (++count === CLOCK_EVERY) {
        count = 0;
        if (performance.now() > deadline) return false;
      }
      // Searched again only once the last hit is behind: invisible characters between hits
      // must not cost a search each.
      if (hit === undefined || (hit && hit.index < resume)) {
        candidates.lastIndex = resume;
        hit = candidates.exec(text);
      }
      const at = hit ? hit.index : text.length;
      const hidden = nextInvisible();
      if (hidden !== -1 && hidden < at) {
        if (nameMayHold(hidden)) readAround(hidden, nodeAt(hidden));
        else resume = hidden + 1;
        continue;
      }
      if (!hit) return true;
      const index = nodeAt(at);
      const end = wordEnd(text, at);
      if (mayStartName(at, index, end)) readAround(at, index);
      // Not a name here: go on after the word, or at the next node, where a word may start.
      else resume = Math.min(end, endOf(index));
    }
    return true;
  }

  return {
    step(deadline: number): boolean {
      if (!collected) {
        collected = collect(deadline);
        if (!collected) return false;
      }
      return search(deadline);
    },
  };
}
