import {
  hasInvisible,
  isInvisibleAt,
  isWordPartAt,
  startsWord,
  withoutInvisibles,
  wordPartsEnd,
  wordPartsStart,
} from '../text/chars';
import type { Matcher } from '../text/compile-matcher';
import { mayContinue } from '../text/find-mentions';
import type { Block } from './elements';
import { createWindowReader, type OnMentions, REACH_AFTER, type TextPoint } from './scan-windows';
import { now } from './schedule';
import type { ShadowRootOf } from './shadow-roots';
import { createPlacements } from './text-runs';

export type { OnMentions };

/** How many nodes or hits to handle between two looks at the clock (a window counts as 16). */
const CLOCK_EVERY = 128;

/** How a stretch of the walk ended: every root read, time to look at the clock, or paused in a node. */
type ChunkEnd = 0 | 1 | 2;
const ALL_READ = 0;
const CLOCK_DUE = 1;
const PAUSED = 2;

/**
 * Scans the text under `roots` for the matcher's names, reporting every run that holds one to
 * `onMentions`. Call `step(deadline)` until it returns true.
 *
 * Most text on a page holds no name, so this reads it as flat as it can: a bare text walk that
 * runs one expression over each node's text (`Matcher.nodeCandidates`) and keeps nothing, not even
 * the node. Only around a word that may start a name does it ask the page's structure which
 * block the text belongs to, and read the run around it exactly (a window of it, for a block as
 * long as a page). A text node boundary is treated as a possible word boundary until the run
 * says otherwise; a node ending in the start of a first word (`<b>P</b>utin`) is followed into
 * the next node.
 */
export function createTextScan(
  roots: readonly Block[],
  matcher: Matcher,
  onMentions: OnMentions,
  /** Called as the scan comes to each root, before its text: whether it has child elements. */
  onRoot?: (root: Block, hasElements: boolean) => void,
  /** Tells shadow hosts: their light children are read where their slots show them, not here. */
  rootOf?: ShadowRootOf,
) {
  const blockOfText = createPlacements(roots, rootOf).ofText;
  const candidates = matcher.nodeCandidates;
  const firstWords = matcher.roots;
  const prefixes = matcher.rootPrefixes;
  let rootIndex = 0;
  // How the root being read is walked: a TreeWalker, or its children when it has no elements.
  let walker: TreeWalker | null = null;
  let sibling: ChildNode | null = null;
  // Whether a step has run: later steps go on where the last one paused.
  let started = false;
  // The paused walk's ancestors, innermost first: where to go on if the page removes its node.
  let pausedPath: Node[] = [];
  // A node whose hits were not all handled when a slice ended, and where to go on in it.
  let unfinished: TextPoint | null = null;
  // Starts of first words running from the nodes read before into the next one.
  const glued: (TextPoint & { word: string })[] = [];
  // The last node read with text, if it ends in a letter (its word may go on in the next one).
  let endsInWord: Text | null = null;
  const windows = createWindowReader(blockOfText, matcher, onMentions);
  let clock = 0;

  /** Reads the window around `at` in `node` (it costs the clock more than a node). */
  function readAround(node: Text, at: number) {
    clock += 16;
    windows.read(node, at);
  }

  /**
   * Follows the first words running from the nodes before into the next one, whose text is
   * `data`: reads around one it completes, keeps those it continues and may still become one,
   * drops the others.
   */
  function followGlued(data: string) {
    if (data.length === 0) return;
    const lead = wordPartsEnd(data, 0);
    const goesOn = lead === data.length;
    let kept = 0;
    for (const part of glued) {
      if (lead === 0) break;
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
  }

  /**
   * Looks at the word of the hit at `at` in `data` (the text of `node`): reads around it if it
   * may start a name; notes it if it runs into the next node. Returns where the word ends and
   * whether a window was read.
   */
  function visitWord(node: Text, data: string, at: number): [number, boolean] {
    const end = wordPartsEnd(data, at);
    if (!startsWord(data, at)) return [end, false];
    // Invisible characters as far as the window after the word reaches: read it whatever follows.
    const invisibles = hasInvisible(data, at, at + REACH_AFTER);
    const raw = data.slice(at, end);
    const word = invisibles ? withoutInvisibles(raw) : raw;
    if (end === data.length) {
      if (prefixes.has(word)) glued.push({ node, offset: at, word: raw });
      if (!firstWords.has(word)) return [end, false];
    } else {
      const root = firstWords.get(word);
      // With invisible characters around, the words after it are read by the window.
      if (!root || (!invisibles && !mayContinue(root, data, end))) return [end, false];
    }
    readAround(node, at);
    return [end, true];
  }

  /**
   * Handles the hits in `data` (the text of `node`) from `from` on, in page order; false if the
   * deadline came first, with the rest left for the next slice.
   */
  function visitFrom(node: Text, data: string, from: number, deadline: number): boolean {
    const finished = visitHits(node, data, from, deadline);
    // Where the hot loop's test of the next node starts.
    candidates.lastIndex = 0;
    return finished;
  }

  /**
   * The word ending the text of `node` runs on into the next node's text: if it is a first word
   * cut short (`<b>Pu</b>tin`), the one kind of start the node expression leaves out, it is
   * followed like the others. Asked only where the next node starts with a letter: most nodes
   * that end in one are followed by a space.
   */
  function followCutShort(node: Text) {
    const data = node.data;
    const at = wordPartsStart(data, data.length - 1, 0);
    const raw = data.slice(at);
    const word = hasInvisible(raw, 0, raw.length) ? withoutInvisibles(raw) : raw;
    // A whole first word there was a hit of the expression, and is followed already.
    if (startsWord(data, at) && !firstWords.has(word) && prefixes.has(word)) {
      glued.push({ node, offset: at, word: raw });
    }
  }

  /**
   * Where the next possible first word in `data` starts, from `candidates.lastIndex` on; -1 for
   * none. For an invisible character, the word around it (not before where the search began).
   */
  function nextHit(data: string): number {
    const from = candidates.lastIndex;
    const hit = candidates.exec(data);
    if (!hit) return -1;
    return isInvisibleAt(data, hit.index) ? wordPartsStart(data, hit.index, from) : hit.index;
  }

  function visitHits(node: Text, data: string, from: number, deadline: number): boolean {
    let start = from;
    if (windows.reading) {
      // The last window may have read this node already, or part of it.
      const unread = windows.unreadFrom(node);
      if (unread === -1) return true;
      start = Math.max(start, unread);
    }
    candidates.lastIndex = start;
    let at = nextHit(data);
    while (at !== -1) {
      const [next, read] = visitWord(node, data, at);
      candidates.lastIndex = Math.max(next, at + 1);
      if (read) {
        // The window read this node up to `until`, or on past it.
        const until = windows.stopIn(node);
        if (until === -1) return true;
        candidates.lastIndex = Math.max(candidates.lastIndex, until);
      }
      at = nextHit(data);
      if (at !== -1 && ++clock >= CLOCK_EVERY) {
        clock = 0;
        if (now() > deadline) {
          unfinished = { node, offset: at };
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Sets up the walk of `roots[rootIndex]`: a TreeWalker, or its children when it has no elements
   * (a page adding paragraphs one by one); false when no roots are left.
   */
  function startRoot(): boolean {
    const root = roots[rootIndex];
    if (root === undefined) return false;
    glued.length = 0;
    endsInWord = null;
    const hasElements = root.firstElementChild !== null;
    onRoot?.(root, hasElements);
    if (hasElements) {
      walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    } else {
      walker = null;
      sibling = root.firstChild;
    }
    return true;
  }

  /** Reads the roots' text nodes, root after root, until the deadline; false if it came first. */
  function readNodes(deadline: number): boolean {
    for (;;) {
      const read = readChunk(deadline);
      if (read === ALL_READ) return true;
      if (read === PAUSED || now() > deadline) return pause(roots[rootIndex] as Block);
    }
  }

  /**
   * Reads text nodes until the clock is due (`CLOCK_EVERY` nodes, hits counting more). The hot
   * loop of every page, run mostly before the engine has optimised it: per node it does no more
   * than a bare walk and one expression test, and anything rarer is left to the functions above.
   * Going on to the next root is part of it (a batch of added paragraphs is a hundred one-node
   * roots). Called once per stretch, not one loop over the page: the engine compiles a function
   * after a few calls, while a long loop in one call runs interpreted for longer.
   */
  function readChunk(deadline: number): ChunkEnd {
    let tree = walker;
    // The global expression, from lastIndex 0: it moves only when a test finds a hit.
    const test = candidates;
    let count = clock;
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
      if (node === null) {
        rootIndex++;
        if (!startRoot()) {
          clock = count;
          return ALL_READ;
        }
        tree = walker;
        continue;
      }
      const data = node.data;
      // An empty node leaves the word before it open.
      if (endsInWord !== null && data.length !== 0) {
        if (isWordPartAt(data, 0)) followCutShort(endsInWord);
        endsInWord = null;
      }
      if (glued.length !== 0) {
        clock = count;
        followGlued(data);
        count = clock;
      }
      if (isWordPartAt(data, data.length - 1)) endsInWord = node;
      if (test.test(data)) {
        clock = count;
        const finished = visitFrom(node, data, 0, deadline);
        count = clock;
        if (!finished) return PAUSED;
      }
      if (++count >= CLOCK_EVERY) {
        clock = 0;
        return CLOCK_DUE;
      }
    }
  }

  /** Notes where the walk stands, so it can go on if the page removes that node meanwhile. */
  function pause(root: Block): false {
    pausedPath = [];
    const at = walker ? walker.currentNode : sibling;
    for (let node = at?.parentNode; node && node !== root; node = node.parentNode) {
      pausedPath.push(node);
    }
    pausedPath.push(root);
    return false;
  }

  /** After a pause: if the page removed the node the walk stood on, goes on from its nearest ancestor left. */
  function goOnAfterRemoval(root: Block) {
    const at = walker ? walker.currentNode : sibling;
    if (!at || root.contains(at)) return;
    const ancestor = pausedPath.find((node) => root.contains(node)) ?? root;
    if (walker) walker.currentNode = ancestor;
    else sibling = root.firstChild;
    windows.rewind();
    // No word runs on into the text read again.
    glued.length = 0;
    endsInWord = null;
  }

  return {
    step(deadline: number): boolean {
      if (!started) {
        started = true;
        if (!startRoot()) return true;
      } else {
        const current = roots[rootIndex];
        if (!current) return true;
        goOnAfterRemoval(current);
      }
      if (unfinished) {
        const { node, offset } = unfinished;
        unfinished = null;
        if (node.isConnected) {
          const data = node.data;
          if (!visitFrom(node, data, offset, deadline)) return pause(roots[rootIndex] as Block);
        }
      }
      return readNodes(deadline);
    },
  };
}
