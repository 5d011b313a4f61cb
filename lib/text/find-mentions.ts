import {
  EVERY_INVISIBLE,
  hasInvisible,
  isHyphenAt,
  isSpaceAt,
  isWordCharAt,
  withoutInvisibles,
  wordEnd,
} from './chars';
import type { CompiledRule, GapKind, Matcher, TrieNode, WordIndex } from './compile-matcher';
import type { EntityKind, Mention } from './types';
import { isSomeoneElse, isVetoed } from './vetoes';

/**
 * Looks up the word at `start` in `nodes`; where the whole word is unknown, tries it cut at an
 * element boundary inside it ("NowObama" from `<a>Now</a><a>Obama</a>`).
 */
function lookUpWord(
  nodes: WordIndex,
  prefix: string,
  text: string,
  start: number,
  breaks: ReadonlySet<number> | undefined,
): [TrieNode | undefined, number] {
  const end = wordEnd(text, start);
  const whole = nodes.get(prefix + text.slice(start, end));
  if (whole || !breaks) return [whole, end];
  for (let cut = start + 1; cut < end; cut++) {
    if (!breaks.has(cut)) continue;
    const part = nodes.get(prefix + text.slice(start, cut));
    if (part) return [part, cut];
  }
  return [undefined, end];
}

/** Reads the gap after a word: its kind and where the next word starts, or null if it ends the name. */
function readGap(text: string, from: number): { kind: GapKind; next: number } | null {
  let i = from;
  if (isHyphenAt(text, i)) return isWordCharAt(text, i + 1) ? { kind: '-', next: i + 1 } : null;
  let kind: GapKind = ' ';
  if (text.charCodeAt(i) === 0x2e) {
    kind = '.';
    i++;
  }
  const spaceStart = i;
  while (isSpaceAt(text, i)) i++;
  if (kind === ' ' && i === spaceStart) return null;
  return isWordCharAt(text, i) ? { kind, next: i } : null;
}

/**
 * Whether an alias may start with the trie node `first`, a first word ending at `end` of `text`,
 * judged from `text` alone: false only when the words after it are there and go on with no alias
 * ("al" in "al-Qaeda"), true when an alias ends here or the text ends too soon to tell. A page
 * scan reads one text node at a time and uses this to pass over common first words cheaply.
 */
export function mayContinue(first: TrieNode, text: string, end: number): boolean {
  let node = first;
  let pos = end;
  for (;;) {
    if (node.rules.length || pos >= text.length) return true;
    const gap = readGap(text, pos);
    if (!gap) return gapRunsToEnd(text, pos);
    const next = wordEnd(text, gap.next);
    const key = gap.kind + text.slice(gap.next, next);
    const child = node.children.get(key);
    // A word cut by the end of the text may still grow into the next one ("al-As" + "sad").
    if (next >= text.length) return child !== undefined || startsSomeKey(node.children, key);
    if (!child) return false;
    node = child;
    pos = next;
  }
}

function startsSomeKey(children: Map<string, TrieNode>, start: string): boolean {
  for (const key of children.keys()) if (key.startsWith(start)) return true;
  return false;
}

/** Whether only a gap's characters (a hyphen, a dot, spaces) are left from `pos` to the end. */
function gapRunsToEnd(text: string, pos: number): boolean {
  let i = pos;
  if (isHyphenAt(text, i) || text.charCodeAt(i) === 0x2e) i++;
  while (isSpaceAt(text, i)) i++;
  return i >= text.length;
}

function firstEnabled(node: TrieNode, kinds: ReadonlySet<EntityKind> | undefined, lang: string) {
  return node.rules.find(
    (r) => (!kinds || r.blocks || kinds.has(r.kind)) && (!r.langs || r.langs.includes(lang)),
  );
}

/** How many of the (sorted) `removed` positions come before `position`. */
function countBefore(removed: readonly number[], position: number): number {
  let count = 0;
  while (count < removed.length && (removed[count] as number) < position) count++;
  return count;
}

/** The position in the original text of position `visible` in the text without invisibles. */
function toOriginal(removed: readonly number[], visible: number): number {
  let original = visible;
  for (const position of removed) {
    if (position <= original) original++;
    else break;
  }
  return original;
}

/**
 * Finds mentions in text holding invisible characters ("Vladi\u00admir"): matches the text
 * without them, then maps the offsets back. Rare, so the common path never pays for it.
 */
function findAroundInvisibles(
  matcher: Matcher,
  text: string,
  kinds: ReadonlySet<EntityKind> | undefined,
  breaks: ReadonlySet<number> | undefined,
  lang: string,
): Mention[] {
  const removed = [...text.matchAll(EVERY_INVISIBLE)].map((match) => match.index);
  const visibleBreaks = breaks && new Set([...breaks].map((b) => b - countBefore(removed, b)));
  // A mention ends where the text after it starts: with the invisibles between, such as a vowel
  // mark on the last letter ("الأَسَدِ"), which is part of it.
  return scan(matcher, withoutInvisibles(text), kinds, visibleBreaks, lang).map((m) => ({
    ...m,
    start: toOriginal(removed, m.start),
    end: toOriginal(removed, m.end),
  }));
}

/**
 * Finds every mention of the matcher's aliases in `text`, in order and never overlapping: the
 * longest alias at a position wins, and a vetoed longest match hides the shorter ones inside it.
 * `breaks` are offsets where one element's text ends and another's starts: a word boundary there
 * is allowed but not required, since markup splits words too (`<b>P</b>utin`). `lang` is the
 * text's language (a primary subtag, lower-case; '' where the page does not say): aliases that
 * count only in some languages (`MatchRule.langs`) are passed over elsewhere.
 */
export function findMentions(
  matcher: Matcher,
  text: string,
  kinds?: ReadonlySet<EntityKind>,
  breaks?: ReadonlySet<number>,
  lang = '',
): Mention[] {
  return hasInvisible(text)
    ? findAroundInvisibles(matcher, text, kinds, breaks, lang)
    : scan(matcher, text, kinds, breaks, lang);
}

function scan(
  matcher: Matcher,
  text: string,
  kinds: ReadonlySet<EntityKind> | undefined,
  breaks: ReadonlySet<number> | undefined,
  lang: string,
): Mention[] {
  const mentions: Mention[] = [];
  const candidates = matcher.candidates;
  candidates.lastIndex = 0;
  for (let hit = candidates.exec(text); hit; hit = candidates.exec(text)) {
    const start = hit.index;
    if (start > 0 && isWordCharAt(text, start - 1) && !breaks?.has(start)) {
      candidates.lastIndex = wordEnd(text, start);
      continue;
    }
    const [firstNode, firstEnd] = lookUpWord(matcher.roots, '', text, start, breaks);
    let node = firstNode;
    candidates.lastIndex = firstEnd;
    let best: CompiledRule | undefined;
    let bestEnd = firstEnd;
    let pos = firstEnd;
    while (node) {
      const rule = firstEnabled(node, kinds, lang);
      if (rule) {
        best = rule;
        bestEnd = pos;
      }
      const gap = readGap(text, pos);
      if (!gap) break;
      [node, pos] = lookUpWord(node.children, gap.kind, text, gap.next, breaks);
    }
    if (!best) continue;
    candidates.lastIndex = bestEnd;
    // A blocking alias, like a vetoed one, hides the shorter names inside it.
    if (best.blocks || isVetoed(best, text, start, bestEnd)) continue;
    const { entityId, kind, ownNames } = best;
    if (ownNames && isSomeoneElse(matcher.givenNames, ownNames, text, start, bestEnd)) continue;
    mentions.push({ start, end: bestEnd, entityId, kind });
  }
  return mentions;
}
