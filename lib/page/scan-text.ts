import {
  INVISIBLE_CLASS,
  isInvisibleAt,
  isWordCharAt,
  withoutInvisibles,
  wordEnd,
} from '../text/chars';
import type { Matcher } from '../text/compile-matcher';
import { mayContinue } from '../text/find-mentions';
import { createWindowReader, type OnMentions, type TextPoint } from './scan-windows';
import { createPlacements } from './text-runs';

export type { OnMentions };

/** Finds the invisible characters of a text one by one; a name holding one is found run by run. */
const INVISIBLES = new RegExp(INVISIBLE_CLASS, 'g');
/** The same, for asking whether a text holds any (no position kept: the hot loop asks it). */
const ANY_INVISIBLE = new RegExp(INVISIBLE_CLASS);

/** Whether the unit at `index` is part of a word as a page shows it: a letter or an invisible. */
function isWordPartAt(text: string, index: number): boolean {
  return isInvisibleAt(text, index) || isWordCharAt(text, index);
}

/** How far around an invisible character to look for a first word. */
const INVISIBLE_LOOK = 64;
/** Invisible characters this soon after one with no first word around it need no look. */
const INVISIBLE_REACH = 32;
/** Longer than any first word worth following across nodes. */
const MAX_FIRST_WORD = 64;

/** How many nodes or hits to handle between two looks at the clock (a window counts as 16). */
const CLOCK_EVERY = 128;

/**
 * Scans the text under `roots` for the matcher's names, reporting every run that holds one to
 * `onMentions`. Call `step(deadline)` until it returns true.
 *
 * Most text on a page holds no name, so this reads it as flat as it can: a bare text walk that
 * runs the matcher's node expression over each node's text and keeps nothing, not even the node.
 * Only around a word that may start a name does it ask the page's structure which block the text
 * belongs to, and read the run around it exactly (a window of it, for a block as long as a page).
 * A text node boundary is treated as a possible word boundary until the run says otherwise, and a
 * word running across nodes (`<b>P</b>utin`) is put together only where both sides are letters.
 */
export function createTextScan(
  roots: readonly Element[],
  matcher: Matcher,
  onMentions: OnMentions,
) {
  const blockOfText = createPlacements(roots);
  const candidates = matcher.nodeCandidates;
  const firstWords = matcher.roots;
  const prefixes = matcher.rootPrefixes;
  const anyCandidate = matcher.nodeTest;
  let rootIndex = 0;
  // How the root being read is walked: a TreeWalker, or its children when it has no elements.
  let walker: TreeWalker | null = null;
  let sibling: ChildNode | null = null;
  let started = false;
  // The paused walk's ancestors, innermost first: where to go on if the page removes its node.
  let pausedPath: Node[] = [];
  // A node whose hits were not all handled when a slice ended, and where to go on in it.
  let unfinished: TextPoint | null = null;
  // The text node read before, and a word running from it (or earlier ones) into the next.
  let previous: Text | null = null;
  let previousData = '';
  // Whether the previous node's text may end in a letter (so a word may run on into the next).
  let endsInWord = false;
  const glued: (TextPoint & { word: string })[] = [];
  const windows = createWindowReader(blockOfText, matcher, onMentions);
  // Whether the scan is still inside the last window's reach (hits there need no second look).
  let inWindow = false;
  let clock = 0;

  /** Reads the window around `at` in `node` (it costs the clock more than a node). */
  function readAround(node: Text, at: number) {
    clock += 16;
    windows.read(node, at);
    inWindow = windows.reading;
  }

  /** Whether the node's text around an invisible character, read without them, holds a first word. */
  function nameMayHold(data: string, at: number): boolean {
    const around = data.slice(Math.max(0, at - INVISIBLE_LOOK), at + INVISIBLE_LOOK);
    const visible = withoutInvisibles(around);
    const words = matcher.candidates;
    words.lastIndex = 0;
    for (let hit = words.exec(visible); hit; hit = words.exec(visible)) {
      const end = wordEnd(visible, hit.index);
      if (firstWords.has(visible.slice(hit.index, end))) return true;
      words.lastIndex = Math.max(end, hit.index + 1);
    }
    return false;
  }

  /**
   * A word that runs from the nodes read before into `node` (`<b>P</b>utin`): reads around it if
   * it is a first word. Each node boundary inside the word may also start one
   * (`<a>Now</a><a>Obama</a>`). Only starts whose word so far begins a first word are followed;
   * invisible characters count as part of the word (`Pu\u00ad<b>tin</b>`).
   */
  function followWord(before: Text | null, beforeData: string, node: Text, data: string) {
    if (!isWordPartAt(data, 0)) {
      glued.length = 0;
      return;
    }
    if (glued.length === 0 && before) {
      // The last word of the node before, if it is short enough to begin a first word.
      const end = beforeData.length;
      const stop = Math.max(0, end - MAX_FIRST_WORD);
      let start = end;
      while (start > stop && isWordPartAt(beforeData, start - 1)) start--;
      if (start < end && !(start === stop && start > 0 && isWordPartAt(beforeData, start - 1))) {
        const tail = beforeData.slice(start);
        if (prefixes.has(withoutInvisibles(tail)))
          glued.push({ node: before, offset: start, word: tail });
      }
    }
    let lead = 0;
    while (isWordPartAt(data, lead)) lead++;
    const goesOn = lead === data.length;
    let kept = 0;
    for (const part of glued) {
      const word = part.word + (goesOn ? data : data.slice(0, lead));
      const seen = withoutInvisibles(word);
      if (firstWords.has(seen) && !windows.isRead(part.node, part.offset)) {
        readAround(part.node, part.offset);
      }
      if (goesOn && prefixes.has(seen)) {
        part.word = word;
        glued[kept++] = part;
      }
    }
    glued.length = kept;
    // The whole node is one word that may go on: it may begin a first word itself.
    if (goesOn && prefixes.has(withoutInvisibles(data)))
      glued.push({ node, offset: 0, word: data });
  }

  /** The first invisible character in `data` at or after `from`, or -1. */
  function invisibleFrom(data: string, from: number): number {
    INVISIBLES.lastIndex = from;
    return INVISIBLES.test(data) ? INVISIBLES.lastIndex - 1 : -1;
  }

  /**
   * Handles, in page order, the candidate hits in `data` (the text of `node`) from `hit` on and
   * the invisible characters from `hidden` on; false if the deadline came first, with the rest
   * left for the next slice.
   */
  function visitHits(
    node: Text,
    data: string,
    first: RegExpExecArray | null,
    firstHidden: number,
    deadline: number,
  ): boolean {
    let hit = first;
    let hidden = firstHidden;
    // Invisible characters before this offset were looked around already.
    let looked = 0;
    while (hit || hidden !== -1) {
      let read = false;
      if (hidden !== -1 && (!hit || hidden < hit.index)) {
        if (hidden >= looked) {
          if (nameMayHold(data, hidden)) {
            readAround(node, hidden);
            read = true;
          } else looked = hidden + INVISIBLE_REACH;
        }
        hidden = invisibleFrom(data, Math.max(hidden + 1, looked));
      } else if (hit) {
        const at = hit.index;
        let next = at + hit[0].length;
        if (at > 0 && isWordCharAt(data, at - 1)) {
          // Inside a word: go on after it.
          next = wordEnd(data, at);
        } else {
          const end = wordEnd(data, at);
          const root = firstWords.get(data.slice(at, end));
          if (root && mayContinue(root, data, end)) {
            readAround(node, at);
            read = true;
          }
          next = Math.max(next, end);
        }
        candidates.lastIndex = next;
        hit = candidates.exec(data);
      }
      if (read) {
        // The window read the rest of this node: go on in the next.
        const until = windows.stopIn(node);
        if (until === -1) return true;
        if (hit && hit.index < until) {
          candidates.lastIndex = until;
          hit = candidates.exec(data);
        }
        if (hidden !== -1 && hidden < until) hidden = invisibleFrom(data, until);
      }
      if (++clock >= CLOCK_EVERY) {
        clock = 0;
        if (performance.now() > deadline) {
          unfinished = {
            node,
            offset: Math.min(hit ? hit.index : data.length, hidden === -1 ? data.length : hidden),
          };
          return false;
        }
      }
    }
    return true;
  }

  /** Handles the hits in `node` from `from` on; false if the deadline came first. */
  function visitFrom(node: Text, data: string, from: number, deadline: number): boolean {
    candidates.lastIndex = from;
    const hit = candidates.exec(data);
    const hidden = invisibleFrom(data, from);
    return (!hit && hidden === -1) || visitHits(node, data, hit, hidden, deadline);
  }

  /**
   * Reads the root's text nodes until the deadline; false if it came first. The hot loop of every
   * page, and it runs once per page, mostly before the engine has optimised it: it is kept to a
   * few steps per node (locals, no calls but two expression tests), and anything rarer is left
   * to the functions above.
   */
  function readNodes(root: Element, deadline: number): boolean {
    const tree = walker;
    let before = previous;
    let beforeData = previousData;
    let wordy = endsInWord;
    let count = clock;
    let done = true;
    for (;;) {
      let node: Text | null;
      if (tree !== null) {
        node = tree.nextNode() as Text | null;
      } else {
        let child = sibling;
        while (child !== null && child.nodeType !== 3) child = child.nextSibling;
        sibling = child === null ? null : child.nextSibling;
        node = child as Text | null;
      }
      if (node === null) break;
      const data = node.data;
      const last = data.length - 1;
      if (last < 0) continue;
      const head = data.charCodeAt(0);
      const tail = data.charCodeAt(last);
      // Whitespace between tags: most text nodes of many pages (80 % on reddit's). It ends any
      // word running across nodes and holds nothing to look for.
      const blank = head <= 0x20 && tail <= 0x20 && data.trim() === '';
      if (blank) glued.length = 0;
      else if (glued.length !== 0 || (wordy && (head > 0x40 || (head >= 0x30 && head <= 0x39)))) {
        // A word may run on from the node before: letters (or anything past ASCII) on both sides.
        followWord(before, beforeData, node, data);
      }
      wordy = tail > 0x40 || (tail >= 0x30 && tail <= 0x39);
      before = node;
      beforeData = data;
      if (!blank) {
        let from = 0;
        if (inWindow) {
          from = windows.unreadFrom(node);
          inWindow = windows.reading;
        }
        if (
          from >= 0 &&
          from <= last &&
          (from > 0 || anyCandidate.test(data) || ANY_INVISIBLE.test(data))
        ) {
          clock = count;
          const finished = visitFrom(node, data, from, deadline);
          count = clock;
          if (!finished) {
            done = false;
            break;
          }
        }
      }
      if (++count >= CLOCK_EVERY) {
        count = 0;
        if (performance.now() > deadline) {
          done = false;
          break;
        }
      }
    }
    previous = before;
    previousData = beforeData;
    endsInWord = wordy;
    clock = count;
    return done || pause(root);
  }

  /** Notes where the walk stands, so it can go on if the page removes that node meanwhile. */
  function pause(root: Element): false {
    pausedPath = [];
    const at = walker ? walker.currentNode : sibling;
    for (let node = at?.parentNode; node && node !== root; node = node.parentNode) {
      pausedPath.push(node);
    }
    pausedPath.push(root);
    return false;
  }

  /** After a pause: if the page removed the node the walk stood on, goes on from its nearest ancestor left. */
  function goOnAfterRemoval(root: Element) {
    const at = walker ? walker.currentNode : sibling;
    if (!at || root.contains(at)) return;
    const ancestor = pausedPath.find((node) => root.contains(node)) ?? root;
    if (walker) walker.currentNode = ancestor;
    else sibling = root.firstChild;
    windows.rewind();
    inWindow = false;
    forgetWord();
  }

  /** No word runs on into the next node read (a new root, or text read again). */
  function forgetWord() {
    previous = null;
    previousData = '';
    endsInWord = false;
    glued.length = 0;
  }

  return {
    step(deadline: number): boolean {
      const current = roots[rootIndex];
      if (started && current) goOnAfterRemoval(current);
      if (unfinished) {
        const { node, offset } = unfinished;
        unfinished = null;
        if (node.isConnected) {
          const data = node.data;
          if (!visitFrom(node, data, offset, deadline)) return pause(current as Element);
        }
      }
      while (rootIndex < roots.length) {
        const root = roots[rootIndex] as Element;
        if (!started) {
          started = true;
          forgetWord();
          if (root.firstElementChild) {
            walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
          } else {
            walker = null;
            sibling = root.firstChild;
          }
        }
        if (!readNodes(root, deadline)) return false;
        started = false;
        walker = null;
        rootIndex++;
      }
      return true;
    },
  };
}
