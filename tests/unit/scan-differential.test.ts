/**
 * A seeded, randomized differential test of the page scan (`startPageHighlighter`, which reads the
 * page node by node and only looks closely around possible names) against a plain reference: read
 * every run of every block as one string and call `findMentions` on it. The two must report the
 * same mentions, at the same nodes and offsets, in page order, each once: whether the scan runs in
 * one go or pauses every few nodes.
 *
 * The reference reads runs as the scan documents them (inline elements' text joined, with element
 * boundaries as optional word boundaries, computed as `readRun` does; a `<br>` or a nested block
 * ends a run; skipped elements leave their text out without ending it). Where the scan differs
 * from that on purpose or by a known limitation, the generator leaves the case out: see the
 * `GENERATE_…` flags below (each off; turn one on to see the disagreement).
 *
 * Reproduce a failure with the page seed it prints: `SCAN_DIFF_SEED=<seed> SCAN_DIFF_PAGES=1 npx
 * vitest run tests/unit/scan-differential.test.ts`. `SCAN_DIFF_PAGES` sets how many pages to try.
 */

import { afterEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../data/entities';
import { GIVEN_NAMES } from '../../data/names/given-names';
import { ENTITY_KINDS } from '../../data/types';
import { COMMON_ENGLISH } from '../../data/words/common-english';
import { isInline, isSkipped } from '../../lib/page/elements';
import { textMayHoldNames } from '../../lib/page/name-presence';
import { type PageMention, startPageHighlighter } from '../../lib/page/page-highlighter';
import { inPageOrder } from '../../lib/page/page-order';
import { compileMatcher } from '../../lib/text/compile-matcher';
import { findMentions } from '../../lib/text/find-mentions';
import { rulesFromEntities } from '../../lib/text/rules';
import type { EntityKind } from '../../lib/text/types';
import { installFakeHighlights } from '../support/fake-highlights';

// Page shapes where the scan differs from the reference; each is left out of the generator.
/**
 * Known, accepted: a name split by a skipped element with text inside a word
 * (`Pu<script>x</script>tin`) is missed; the reference reads it as "Putin".
 */
const GENERATE_SKIPPED_INSIDE_WORD = false;
/**
 * The scan ends a run at a `<br>` only when it sits between two sibling text nodes of one element
 * (`lineBreakBetween`): `John <br><b>Kerry</b>`, `<b>John </b><br>Kerry`, `John <br><i></i>Kerry`
 * and `John <br><script>x</script>Kerry` are all read as "John Kerry". The reference ends the run
 * at every `<br>`. With this off, a `<br>` is only generated right between two sibling text nodes.
 */
const GENERATE_LOOSE_BR = false;
/**
 * The scan ends a run only at text that belongs to another block, so a nested block with no text of
 * its own (`John <p></p>Kerry`, `John <div><script>x</script></div>Kerry`, `John <hr>Kerry`) joins
 * the text around it into one run ("John Kerry"). The reference ends the run at every nested block.
 * With this off, every nested block generated holds text.
 */
const GENERATE_TEXTLESS_BLOCKS = false;

const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
const BASE_SEED = Number(env?.SCAN_DIFF_SEED ?? 0x5ca11ed);
const PAGES = Number(env?.SCAN_DIFF_PAGES ?? 300);

// As the background compiles it (the common words choose the presence expression's words).
const matcher = compileMatcher(rulesFromEntities(ENTITIES), {
  givenNames: GIVEN_NAMES,
  commonWords: COMMON_ENGLISH,
});
const ALL_KINDS = new Set(ENTITY_KINDS);

// --- seeded randomness ------------------------------------------------------------------------

/** mulberry32: a small, fast PRNG, enough to make every page reproducible from its seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
}

// --- the words of a page ----------------------------------------------------------------------

const ALIASES: string[] = [...new Set(ENTITIES.flatMap((e) => [...e.aliases]))];
/** Names that are not aliases, or aliases in their vetoes' context: must not match. */
const VETOED = [
  'Michelle Obama',
  'First Lady Obama',
  'Obama care',
  'Kerry Washington',
  'Kerry Katona',
  'County Kerry',
  'Co. Kerry',
  'Ring of Kerry',
  'Teresa Heinz Kerry',
  'Hafez al-Assad',
  'Hafez al Assad',
  'Asma al-Assad',
  'Lake Assad',
  'Mrs. Putin',
  'Maria Putin',
  'Lyudmila Putin',
  'Kirill Lavrov',
  'Paris Hilton',
  'Moscow Mule',
  'Geneva Convention',
  'Anatole France',
];
/** Plain words: most of a page. */
const PLAIN =
  `the a of and in on to said met with over talks after news week Monday 2015 was its for by
  it that this from at as be have not but they his her an which their were been has more will
  would about there when who what all some into than other time people only new could also
  after first two way even because any these give day most us government minister meeting
  week peace conference agreed ceasefire airstrikes statement officials spokesman city
  country region border forces rebels army group leaders Thursday Friday morning evening
  1,200 10 3.5 percent report according sources reuters AP x-ray e-mail co-operate well-known`
    .split(/\s+/)
    .filter(Boolean);
/** Words that begin or end aliases, or hold an alias's first word, or look like names. */
const TRICKY = `John Smith President Macron United Airlines Kingdom Secretary State Foreign Minister
  Sergey Brin Vladimir Barack Bashar Hafez Michelle Washington County care Sr Russian Islamic
  Republic Black Saudi Arab Nations Federation Ministry Affairs Sea F. V. Forbes al Al AL total
  totally Johnson Kerrygold Putinesque rePutin Obamas Parisian UNESCO un UNITED putin kerry
  al-Qaeda Al-Jazeera Jean-Paul Uno Sochi-based ISISx Levant Iraq Viktorovich Hussein`
  .split(/\s+/)
  .filter(Boolean);
const OPENERS = ['(', '“', '"', '‘', '['];
const CLOSERS = [',', '.', ':', ';', '’s', "'s", '!', ')', '?', '”', '’', '-based', '.)'];
const SEPARATORS = [' ', ' ', ' ', ' ', ' ', ' ', ' ', '\u00a0', '\n', '  ', ' — ', '-', '\t'];
const INVISIBLES = ['\u00ad', '\u200b', '\u200d', '\u2060'];
const BLANKS = [' ', '\n', '\n    ', '\t', '  '];

const INLINE_TAGS = ['a', 'b', 'i', 'em', 'strong', 'span', 'mark', 'small', 'sub', 'code', 'q'];
const MORE_INLINE_TAGS = ['u', 's', 'abbr', 'cite', 'time', 'label', 'font', 'bdi', 'sup'];
const BLOCK_TAGS = ['p', 'div', 'li', 'h2', 'blockquote', 'section', 'article', 'td'];

function withInvisible(r: Random, word: string): string {
  const at = r.int(word.length + 1);
  return word.slice(0, at) + r.pick(INVISIBLES) + word.slice(at);
}

function nameVariant(r: Random): string {
  let name = r.pick(ALIASES);
  const roll = r.int(20);
  if (roll === 0) name = name.toUpperCase();
  else if (roll === 1) name = name.toLowerCase();
  else if (roll === 2) name = name.replaceAll(' ', '\u00a0');
  else if (roll === 3) name = name.replaceAll('-', ' ');
  else if (roll === 4) name = name.replaceAll('-', '\u2011');
  else if (roll === 5) name = name.replaceAll(' ', '\n   ');
  return name;
}

/** How a page's words are mixed, set per page. */
interface Mix {
  /** How many words in a hundred are names (and a third as many again vetoed names). */
  namesPerHundred: number;
  /** How many of the other words in a hundred are tricky ones. */
  trickyPerHundred: number;
}

/** A stretch of prose of `count` words, names and vetoed names among them. */
function prose({ r, mix }: Builder, count: number): string {
  const parts: string[] = [];
  const names = mix.namesPerHundred;
  const vetoed = names + Math.ceil(names / 3);
  for (let i = 0; i < count; i++) {
    const roll = r.int(100);
    let item =
      roll < names
        ? nameVariant(r)
        : roll < vetoed
          ? r.pick(VETOED)
          : r.int(100) < mix.trickyPerHundred
            ? r.pick(TRICKY)
            : r.pick(PLAIN);
    if (roll < vetoed && r.chance(0.15)) item = withInvisible(r, item);
    else if (r.chance(0.02)) item = withInvisible(r, item);
    if (r.chance(0.05)) item = withInvisible(r, item);
    if (r.chance(0.1)) item = r.pick(OPENERS) + item;
    if (r.chance(0.2)) item += r.pick(CLOSERS);
    parts.push(item);
    if (i < count - 1) parts.push(r.pick(SEPARATORS));
  }
  return parts.join('');
}

// --- building pages ---------------------------------------------------------------------------

/** A letter, mark or digit, or an invisible character: the scan counts both as part of a word. */
function isWordPart(text: string, index: number): boolean {
  const char = text.charAt(index);
  return char !== '' && (/[\p{L}\p{M}\p{N}]/u.test(char) || INVISIBLES.includes(char));
}

interface Builder {
  r: Random;
  doc: Document;
  mix: Mix;
  /** How many blocks deep the text being built is. */
  blockDepth: number;
}

function inlineElement(b: Builder): Element {
  const tag = b.r.chance(0.8) ? b.r.pick(INLINE_TAGS) : b.r.pick(MORE_INLINE_TAGS);
  const element = b.doc.createElement(tag);
  if (tag === 'a') element.setAttribute('href', '#');
  if (tag === 'span' && b.r.chance(0.1)) element.setAttribute('contenteditable', 'false');
  return element;
}

/** A skipped element, its text tempting: names, vetoes' context, words that run on. */
function skippedElement(b: Builder): Element {
  const { r, doc } = b;
  const text = r.chance(0.7) ? prose(b, 1 + r.int(4)) : r.pick(['x', 'Putin', 'Michelle', 'tin']);
  const kind = r.int(9);
  const tag = ['script', 'style', 'textarea', 'span', 'noscript', 'select', 'input', 'div', 'b'][
    kind
  ] as string;
  const element = doc.createElement(tag);
  if (tag === 'script') element.textContent = `var ${text.replace(/\s+/g, '_')} = 1;`;
  else if (tag === 'style') element.textContent = `.${text.replace(/\W+/g, '-')} { color: red }`;
  else if (tag === 'select') {
    const option = doc.createElement('option');
    option.textContent = text;
    element.append(option);
  } else if (tag === 'input') element.setAttribute('value', text);
  else if (tag === 'div') {
    // A hidden or editable region, with blocks of its own inside.
    if (r.chance(0.5)) element.setAttribute('hidden', '');
    else element.setAttribute('contenteditable', 'true');
    const p = doc.createElement('p');
    p.textContent = text;
    element.append(p);
  } else if (tag === 'b') {
    element.setAttribute('contenteditable', '');
    element.textContent = text;
  } else {
    if (tag === 'span') element.setAttribute('hidden', '');
    element.textContent = text;
  }
  return element;
}

/** A block inside a block: it ends the run of the block around it. */
function nestedBlock(b: Builder): Element {
  const { r, doc } = b;
  if (GENERATE_TEXTLESS_BLOCKS && r.chance(0.4)) {
    const tag = r.pick(['p', 'div', 'hr']);
    const element = doc.createElement(tag);
    if (tag !== 'hr' && r.chance(0.5)) element.append(skippedElement(b));
    return element;
  }
  const element = doc.createElement(r.pick(BLOCK_TAGS));
  fill({ ...b, blockDepth: b.blockDepth + 1 }, element, prose(b, 1 + r.int(8)), 0);
  return element;
}

/**
 * What goes at a cut between two pieces of text of one element: nothing, a `<br>`, or things the
 * page puts between inline text (empty elements, empty or blank text nodes, comments, skipped
 * elements, a nested block).
 */
function between(
  b: Builder,
  parent: Element,
  text: string,
  at: number,
  textBefore: boolean,
  textAfter: boolean,
) {
  const { r, doc } = b;
  if (r.chance(0.06) && (GENERATE_LOOSE_BR || (textBefore && textAfter))) {
    parent.append(doc.createElement('br'));
    if (!GENERATE_LOOSE_BR) return;
  }
  const insideWord = isWordPart(text, at - 1) && isWordPart(text, at);
  let extras = r.chance(0.35) ? 1 + r.int(2) : 0;
  while (extras-- > 0) {
    const roll = r.int(100);
    if (roll < 25) {
      const empty = r.chance(0.3) ? doc.createElement('wbr') : inlineElement(b);
      parent.append(empty);
    } else if (roll < 40) parent.append(doc.createTextNode(''));
    else if (roll < 50) parent.append(doc.createComment(r.pick(['', ' ad ', 'Putin'])));
    else if (roll < 68) parent.append(doc.createTextNode(r.pick(BLANKS)));
    else if (roll < 90) {
      if (!insideWord || GENERATE_SKIPPED_INSIDE_WORD) parent.append(skippedElement(b));
    } else if (b.blockDepth < 3) parent.append(nestedBlock(b));
  }
}

/** Puts `text` into `parent` cut at random places, the pieces in nested inline elements or not. */
function fill(b: Builder, parent: Element, text: string, depth: number, cutCount?: number) {
  const { r, doc } = b;
  const cuts = new Set<number>();
  const wanted = cutCount ?? (depth > 3 ? 0 : r.int(Math.min(6, 1 + text.length / 10) + 1));
  for (let i = 0; i < wanted && text.length > 1; i++) cuts.add(1 + r.int(text.length - 1));
  const bounds = [0, ...[...cuts].sort((x, y) => x - y), text.length];
  let textBefore = false;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const piece = text.slice(bounds[k], bounds[k + 1]);
    const wrap = depth < 4 && r.chance(cutCount === undefined ? 0.45 : 0.2);
    if (k > 0) between(b, parent, text, bounds[k] as number, textBefore, !wrap);
    if (wrap) {
      const element = inlineElement(b);
      parent.append(element);
      fill(b, element, piece, depth + 1, cutCount === undefined ? undefined : 0);
    } else parent.append(doc.createTextNode(piece));
    textBefore = !wrap;
  }
}

interface Page {
  longBlocks: number;
}

/** Fills `body` with a random page built from `seed`. */
function buildPage(seed: number, body: HTMLElement): Page {
  const r = new Random(seed);
  const doc = body.ownerDocument;
  // Pages full of names, and pages where they are rare (most of the text is passed over).
  const mix = { namesPerHundred: r.pick([1, 4, 12, 28]), trickyPerHundred: r.pick([2, 8, 25]) };
  const b: Builder = { r, doc, mix, blockDepth: 0 };
  body.replaceChildren();
  let longBlocks = 0;
  const blocks = 3 + r.int(25);
  const longAt = r.chance(0.1) ? r.int(blocks) : -1;
  for (let i = 0; i < blocks; i++) {
    if (r.chance(0.5)) body.append(doc.createTextNode(r.pick(BLANKS)));
    if (r.chance(0.05)) {
      // Text right in the body: the body is a block too.
      fill(b, body, prose(b, 1 + r.int(6)), 0);
      continue;
    }
    if (r.chance(0.05)) body.append(skippedElement(b));
    const block = doc.createElement(r.pick(BLOCK_TAGS));
    body.append(block);
    if (i === longAt) {
      // A block as long as a page, read in windows.
      longBlocks++;
      fill(b, block, prose(b, 1000 + r.int(2500)), 0, 20 + r.int(120));
      continue;
    }
    if (r.chance(0.15)) block.append(nestedBlock({ ...b, blockDepth: 1 }));
    fill({ ...b, blockDepth: 1 }, block, prose(b, 1 + r.int(30)), 0);
    if (r.chance(0.15)) block.append(nestedBlock({ ...b, blockDepth: 1 }));
    if (r.chance(0.1)) fill({ ...b, blockDepth: 1 }, block, prose(b, 1 + r.int(10)), 0);
  }
  return { longBlocks };
}

// --- the reference ----------------------------------------------------------------------------

interface Found {
  entityId: string;
  kind: EntityKind;
  text: string;
  block: Node;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** The member node holding the character at `offset` of a run, and the offset in it. */
function holding(nodes: readonly Text[], starts: readonly number[], offset: number) {
  let m = 0;
  while (!(offset < (starts[m] as number) + (nodes[m] as Text).data.length)) m++;
  return { node: nodes[m] as Text, offset: offset - (starts[m] as number) };
}

/** findMentions over one run's text, mapped back to the page's nodes. */
function mentionsOfRun(block: Element, nodes: readonly Text[], out: Found[]) {
  const starts: number[] = [];
  const breaks = new Set<number>();
  let text = '';
  nodes.forEach((node, i) => {
    // As readRun: another element's text, or something without text in between.
    const previous = nodes[i - 1];
    if (previous && (previous.parentNode !== node.parentNode || node.previousSibling !== previous))
      breaks.add(text.length);
    starts.push(text.length);
    text += node.data;
  });
  for (const m of findMentions(matcher, text, undefined, breaks.size ? breaks : undefined)) {
    const start = holding(nodes, starts, m.start);
    const end = holding(nodes, starts, m.end - 1);
    out.push({
      entityId: m.entityId,
      kind: m.kind,
      text: text.slice(m.start, m.end),
      block,
      startNode: start.node,
      startOffset: start.offset,
      endNode: end.node,
      endOffset: end.offset + 1,
    });
  }
}

/**
 * The mentions the page holds: each block's text (not in a skipped element or a nested block) is
 * read in runs; a `<br>` or a nested block ends a run, a skipped element leaves its text out and
 * the run goes on around it, inline elements' text is part of the run.
 */
function referenceMentions(body: HTMLElement): Found[] {
  const found: Found[] = [];
  const readBlock = (block: Element) => {
    let run: Text[] = [];
    const endRun = () => {
      if (run.length) mentionsOfRun(block, run, found);
      run = [];
    };
    const walk = (parent: Node) => {
      for (let child = parent.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) run.push(child as Text);
        if (child.nodeType !== 1) continue;
        const element = child as Element;
        if (isSkipped(element)) continue;
        if (isInline(element)) walk(element);
        else {
          endRun();
          if (element.localName !== 'br') readBlock(element);
        }
      }
    };
    walk(block);
    endRun();
  };
  readBlock(body);
  return found;
}

// --- comparing --------------------------------------------------------------------------------

/** Numbers the text nodes and elements of the page in document order. */
function pageIndex(body: HTMLElement) {
  const texts = new Map<Node, number>();
  const elements = new Map<Node, number>([[body, 0]]);
  const walker = body.ownerDocument.createTreeWalker(body, 1 | 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) texts.set(n, texts.size);
    else elements.set(n, elements.size);
  }
  return { texts, elements };
}

type Index = ReturnType<typeof pageIndex>;

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/;
const EVERY_INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/g;

/** Spells out invisible characters: `{U+ad}`. */
function showInvisibles(text: string): string {
  return text.replace(EVERY_INVISIBLE, (c) => `{U+${c.charCodeAt(0).toString(16)}}`);
}

function describeFound(f: Found, index: Index): string {
  const t = (n: Node) => index.texts.get(n) ?? '?';
  return `${f.entityId}/${f.kind} ${JSON.stringify(showInvisibles(f.text))} text#${t(f.startNode)}:${f.startOffset}-text#${t(f.endNode)}:${f.endOffset} block#${index.elements.get(f.block) ?? '?'}`;
}

function fromPage(m: PageMention): Found {
  return {
    entityId: m.entityId,
    kind: m.kind,
    text: m.text,
    block: m.block,
    startNode: m.range.startContainer as Text,
    startOffset: m.range.startOffset,
    endNode: m.range.endContainer as Text,
    endOffset: m.range.endOffset,
  };
}

/** In page order: by the node a mention starts in, then its offset there. */
function sortByPage(found: Found[], index: Index): Found[] {
  const at = (f: Found) => index.texts.get(f.startNode) ?? -1;
  return [...found].sort((x, y) => at(x) - at(y) || x.startOffset - y.startOffset);
}

/** The page as markup, with what markup cannot show spelled out (see the legend). */
function dump(node: Node): string {
  let out = '';
  let previous: Node | null = null;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      if (previous?.nodeType === 3) out += '{|}';
      const escaped =
        data === ''
          ? '{empty}'
          : data
              .replace(/&/g, '&amp;')
              .replace(/</g, '&lt;')
              .replace(/\u00a0/g, '&nbsp;')
              .replace(/>/g, '&gt;');
      out += showInvisibles(escaped);
    } else if (child.nodeType === 8) out += `<!--${(child as Comment).data}-->`;
    else if (child.nodeType === 1) {
      const element = child as Element;
      const attributes = [...element.attributes].map((a) =>
        a.value === ''
          ? ` ${a.name}`
          : ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`,
      );
      out += `<${element.localName}${attributes.join('')}>`;
      if (!['br', 'wbr', 'hr', 'input'].includes(element.localName)) {
        out += `${dump(element)}</${element.localName}>`;
      }
    }
    previous = child;
  }
  return out;
}

const LEGEND =
  '{|} = boundary between two sibling text nodes, {empty} = empty text node, {U+ad} = invisible character';

type Mode = 'whole' | 'sliced';

async function scan(mode: Mode): Promise<{ mentions: PageMention[]; pauses: number }> {
  const controller = new AbortController();
  let pauses = 0;
  const highlighter = startPageHighlighter({
    matcher,
    visibleKinds: ALL_KINDS,
    signal: controller.signal,
    doc: document,
    // 'sliced': a deadline always past, so the scan pauses at every look at the clock (every 128
    // nodes or hits, fewer around windows): mid-page, mid-block and mid-node, the same each run.
    sliceMs: mode === 'whole' ? 1e9 : -1,
    yieldToPage: () => {
      pauses++;
      return Promise.resolve();
    },
  });
  try {
    await highlighter.settled();
    return { mentions: inPageOrder(highlighter.mentions()), pauses };
  } finally {
    controller.abort();
  }
}

/** The reference's mentions and the scan's, described the same way. */
async function compare(body: HTMLElement, mode: Mode) {
  const index = pageIndex(body);
  const expectedFound = sortByPage(referenceMentions(body), index);
  const expected = expectedFound.map((f) => describeFound(f, index));
  const { mentions, pauses } = await scan(mode);
  const actual = mentions.map((m) => describeFound(fromPage(m), index));
  return { expectedFound, expected, actual, pauses };
}

/**
 * A smaller page that still fails: drops nodes one at a time, outermost first, then trims text
 * from either end of each text node, keeping every cut after which the scan and the reference
 * still disagree (a bounded number of tries).
 */
async function shrink(body: HTMLElement, mode: Mode): Promise<string> {
  let tries = 1500;
  const differs = async () => {
    tries--;
    const { expected, actual } = await compare(body, mode);
    return JSON.stringify(actual) !== JSON.stringify(expected);
  };
  const nodesOf = (what: number) => {
    const walker = body.ownerDocument.createTreeWalker(body, what);
    const nodes: Node[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    return nodes;
  };
  const dropNodes = async () => {
    for (let dropped = true; dropped && tries > 0; ) {
      dropped = false;
      for (const node of nodesOf(1 | 4 | 128)) {
        const parent = node.parentNode;
        if (tries <= 0) break;
        if (!parent || !body.contains(node)) continue;
        const next = node.nextSibling;
        parent.removeChild(node);
        if (await differs()) dropped = true;
        else parent.insertBefore(node, next);
      }
    }
  };
  await dropNodes();
  for (const node of nodesOf(4) as Text[]) {
    for (let size = node.data.length >> 1; size >= 1 && tries > 0; ) {
      const data = node.data;
      let cut = false;
      for (const shorter of [data.slice(size), data.slice(0, data.length - size)]) {
        node.data = shorter;
        if (await differs()) {
          cut = true;
          break;
        }
        node.data = data;
      }
      size = cut ? Math.min(size, node.data.length >> 1) : size >> 1;
    }
  }
  await dropNodes();
  return dump(body);
}

// --- the test ---------------------------------------------------------------------------------

afterEach(() => {
  document.body.replaceChildren();
});

describe('the page scan, against findMentions over whole runs', () => {
  it(`finds the same mentions on ${PAGES} random pages, in one go and paused (base seed ${BASE_SEED})`, async () => {
    installFakeHighlights();
    const body = document.body;
    const totals = { mentions: 0, split: 0, invisible: 0, longBlocks: 0, pausedPages: 0 };
    // What the content script asks before it imports the scan: never "no name" where one is.
    const presence = new RegExp(matcher.presence);
    for (let p = 0; p < PAGES; p++) {
      const seed = BASE_SEED + p;
      const page = buildPage(seed, body);
      const html = dump(body);
      totals.longBlocks += page.longBlocks;
      for (const mode of ['whole', 'sliced'] as const) {
        const { expectedFound, expected, actual, pauses } = await compare(body, mode);
        if (mode === 'whole') {
          totals.mentions += expected.length;
          totals.split += expectedFound.filter((f) => f.startNode !== f.endNode).length;
          totals.invisible += expectedFound.filter((f) => INVISIBLE.test(f.text)).length;
          expect(pauses, `seed ${seed}: the whole scan paused`).toBe(0);
          const around = (f: Found) => {
            const range = document.createRange();
            range.setStart(f.startNode, 0);
            range.setEnd(f.endNode, 0);
            return range.commonAncestorContainer;
          };
          const missed = expectedFound.filter((f) => !textMayHoldNames(presence, around(f)));
          expect(
            missed.map((f) => f.text),
            `seed ${seed}: presence missed names\n${html}`,
          ).toEqual([]);
        } else if (pauses > 0) totals.pausedPages++;
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          const smaller = await shrink(body, mode);
          expect(
            actual,
            [
              `page seed ${seed} (SCAN_DIFF_SEED=${seed} SCAN_DIFF_PAGES=1), ${mode} scan`,
              LEGEND,
              `a smaller page that fails too (${mode} scan):\n${smaller}\n`,
              `the page:\n${html}`,
            ].join('\n'),
          ).toEqual(expected);
        }
        expect(new Set(actual).size, `seed ${seed}: duplicate mentions`).toBe(actual.length);
      }
    }
    // The generator must keep producing what the test is about.
    if (PAGES >= 100) {
      expect(totals.mentions).toBeGreaterThan(PAGES * 10);
      expect(totals.split).toBeGreaterThan(PAGES);
      expect(totals.invisible).toBeGreaterThan(PAGES / 4);
      expect(totals.longBlocks).toBeGreaterThan(0);
      expect(totals.pausedPages).toBeGreaterThan(PAGES / 2);
    }
    console.info(`scan differential: ${PAGES} pages`, totals);
  }, 120_000);
});
