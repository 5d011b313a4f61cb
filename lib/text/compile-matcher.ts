import { foldForComparison, INVISIBLE_CLASS } from './chars';
import { isGivenName } from './given-names';
import type { MatchRule } from './types';

/** How the gap between two words of a name may look on a page. */
export type GapKind = ' ' | '-' | '.';

/** One word of a name in the trie; `rules` are the aliases that may end here. */
export interface TrieNode {
  rules: CompiledRule[];
  /** Keyed by gap kind + next word, e.g. `" Kerry"` or `"-Assad"`. */
  children: Map<string, TrieNode>;
}

/**
 * A rule with its veto phrases folded once, at compile time. Without its alias (the trie holds
 * the words): the aliases of one entity with the same vetoes and form share one compiled rule.
 */
export interface CompiledRule extends Omit<MatchRule, 'alias' | 'notAfter' | 'notBefore'> {
  foldedNotAfter: readonly string[];
  foldedNotBefore: readonly string[];
}

/** Looks up words: a Map where the matcher was compiled, a lazy index where it was loaded. */
export interface WordIndex {
  get(word: string): TrieNode | undefined;
  has(word: string): boolean;
}

/** All aliases of all entities, ready for one pass over any text. */
export interface Matcher {
  /** First words of every alias variant. */
  roots: WordIndex;
  /** Finds positions where a first word may start; one scan whatever the number of aliases. */
  candidates: RegExp;
  /**
   * For reading a page one text node at a time (see {@link nodeSource}): a whole first word not
   * followed by an ASCII letter or digit, or an invisible character. A first word cut short by
   * the end of the text is for `rootPrefixes` to tell. Also asks whether a node has any at all
   * (`test` from `lastIndex` 0).
   */
  nodeCandidates: RegExp;
  /** Every first word cut short ("P", "Pu", … of "Putin"): a word split across nodes may be one. */
  rootPrefixes: { has(part: string): boolean };
  /** Number of alias variants compiled (for diagnostics and benchmarks). */
  size: number;
  /** The given names the matcher knows, lower-cased, each between two spaces. */
  givenNames: string;
}

const WORD_OR_GAP = /([\p{L}\p{M}\p{N}]+)|([^\p{L}\p{M}\p{N}]+)/gu;

/** Splits an alias into words and the gap kinds between them, or explains why it cannot. */
export function parseAlias(alias: string): { words: string[]; gaps: GapKind[] } | string {
  const words: string[] = [];
  const gaps: GapKind[] = [];
  for (const [, word, gap] of alias.matchAll(WORD_OR_GAP)) {
    if (word) {
      if (words.length > gaps.length) return `"${alias}" has two words with nothing between them`;
      words.push(word);
      continue;
    }
    const kind = gap === ' ' ? ' ' : gap === '-' ? '-' : gap === '. ' || gap === '.' ? '.' : null;
    if (!kind || words.length === 0)
      return `"${alias}" has an unsupported separator ${JSON.stringify(gap)}`;
    gaps.push(kind);
  }
  if (words.length === 0) return `"${alias}" has no words`;
  if (gaps.length >= words.length) return `"${alias}" ends with a separator`;
  return { words, gaps };
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The spellings a page may use for one alias: as written, ALL CAPS, and Title Case. */
function caseVariants(words: readonly string[]): string[][] {
  const variants = [[...words], words.map((w) => w.toUpperCase()), words.map(titleCase)];
  const seen = new Set<string>();
  return variants.filter((v) => {
    const key = v.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function childOf(parent: Map<string, TrieNode>, key: string): TrieNode {
  let node = parent.get(key);
  if (!node) {
    node = { rules: [], children: new Map() };
    parent.set(key, node);
  }
  return node;
}

/** What a matcher is compiled with besides its rules. */
export interface CompileOptions {
  /**
   * Given names, lower-cased, each between two spaces (data/names/given-names.ts): with
   * them, a surname alias beside someone else's given name is not a match.
   */
  givenNames?: string;
  /**
   * Common words, lower-cased, each between two spaces (data/words/common-english.ts): the
   * presence expression passes over them for a name's rarer word.
   */
  commonWords?: string;
}

/** A matcher as compiled: its first words in a Map (what {@link matcherToData} serialises). */
export type CompiledMatcher = Matcher & {
  roots: Map<string, TrieNode>;
  /**
   * An expression source that finds, in any text this matcher finds a name in (its invisible
   * characters taken out), one word of that name's spelling (its rarest: `presenceWord`): with
   * no hit, a page holds
   * none of these names, wherever its text nodes start and end (see lib/page/name-presence.ts).
   */
  presence: string;
};

/**
 * The word a text holding `words` holds whole, and few other texts do: the last one of three
 * letters or more that is not a common word (the surname after a title: "President Obama"), else
 * the longest ("U.N.": "U").
 */
function presenceWord(words: readonly string[], isCommon: (word: string) => boolean): string {
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as string;
    if (word.length >= 3 && !isCommon(word)) return word;
  }
  return words.reduce((longest, word) => (word.length > longest.length ? word : longest));
}

/** Compiles every alias into one word trie plus a single candidate-finding regular expression. */
export function compileMatcher(
  rules: Iterable<MatchRule>,
  options: CompileOptions = {},
): CompiledMatcher {
  const givenNames = options.givenNames ?? '';
  const roots = new Map<string, TrieNode>();
  const shared = new Map<string, CompiledRule>();
  let size = 0;
  const presenceWords = new Set<string>();
  const commonWords = options.commonWords ?? '';
  const isCommon = (word: string) => commonWords.includes(` ${word.toLowerCase()} `);
  for (const { alias, notAfter, notBefore, ...rule } of rules) {
    const parsed = parseAlias(alias);
    if (typeof parsed === 'string') throw new Error(`entity "${rule.entityId}": alias ${parsed}`);
    let compiled: CompiledRule = {
      ...rule,
      foldedNotAfter: notAfter.map(foldForComparison),
      foldedNotBefore: notBefore.map(foldForComparison),
    };
    // Only own names the rule could meet as given names matter ("President" never will).
    if (rule.ownNames) {
      compiled.ownNames = [...new Set(rule.ownNames.map((name) => name.toLowerCase()))].filter(
        (name) => isGivenName(givenNames, name),
      );
    }
    const key = JSON.stringify(compiled);
    compiled = shared.get(key) ?? compiled;
    shared.set(key, compiled);
    for (const words of caseVariants(parsed.words)) {
      let node = childOf(roots, words[0] as string);
      words.slice(1).forEach((word, i) => {
        const gap = parsed.gaps[i] as GapKind;
        const next = childOf(node.children, gap + word);
        // A hyphenated name is also written with a space ("al Assad"): both gaps lead to one node.
        if (gap === '-') node.children.set(` ${word}`, next);
        node = next;
      });
      if (!node.rules.some((r) => r.entityId === rule.entityId)) node.rules.push(compiled);
      presenceWords.add(presenceWord(words, isCommon));
      size++;
    }
  }
  const words = [...roots.keys()];
  const trie = charTrie(words);
  const rootPrefixes = new Set<string>();
  for (const word of words) {
    for (let end = 1; end < word.length; end++) rootPrefixes.add(word.slice(0, end));
  }
  const matcher = assembleMatcher(roots, rootPrefixes, {
    candidates: words.length ? trieToSource(trie) : '(?!)',
    nodeCandidates: words.length ? nodeSource(trie) : '(?!)',
    size,
    givenNames,
  });
  return { ...matcher, presence: words.length ? trieSource([...presenceWords]) : '(?!)' };
}

/** What a matcher holds besides its trie: its expressions' sources, variants and given names. */
export interface MatcherSources {
  candidates: string;
  nodeCandidates: string;
  size: number;
  givenNames: string;
}

/** A matcher from its first words and expression sources (compiled now, or off the page). */
export function assembleMatcher<R extends WordIndex>(
  roots: R,
  rootPrefixes: Matcher['rootPrefixes'],
  sources: MatcherSources,
): Matcher & { roots: R } {
  return {
    roots,
    size: sources.size,
    givenNames: sources.givenNames,
    // Compiled by the engine on first use: a page without a first word never runs `candidates`.
    candidates: new RegExp(sources.candidates, 'g'),
    nodeCandidates: new RegExp(sources.nodeCandidates, 'g'),
    rootPrefixes,
  };
}

interface CharTrie {
  end: boolean;
  next: Map<string, CharTrie>;
}

function escapeChar(char: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(char) ? `\\${char}` : char;
}

/** Not after an ASCII letter or digit: a lower-case first word ("al") inside a word is no start. */
const NOT_INSIDE_WORD = '(?<![A-Za-z0-9])';

function isLowerCase(char: string): boolean {
  return char !== char.toUpperCase();
}

function trieToSource(node: CharTrie): string {
  const branches = [...node.next].map(([char, child]) => escapeChar(char) + trieToSource(child));
  if (branches.length === 0) return '';
  const group =
    branches.length === 1 && !node.end ? (branches[0] as string) : `(?:${branches.join('|')})`;
  return node.end ? `${group}?` : group;
}

const NO_LETTER_AFTER = '(?![A-Za-z0-9])';

/**
 * The expression a page scan runs over each text node, so that one test tells whether the node
 * needs a closer look: a first word not followed by an ASCII letter or digit, or an invisible
 * character (a soft hyphen may sit inside a name: the scan looks at the word around it). Lower-
 * case first words do not start right after a letter or digit: safe one node at a time, since a
 * node's start is a possible word start. A first word cut short by the end of the node ("Pu" of
 * `<b>Pu</b>tin`) is not in it: the scan looks that up for the node's last word, in
 * `rootPrefixes`. Every branch here is compiled by every new page process (the expression is
 * built on the page), so it holds whole first words only: with the cut-short ones at every
 * letter it was several times larger and its compile the largest cost of a page without names.
 */
function nodeSource(trie: CharTrie): string {
  // One lookahead after the whole trie, not one per word: the engine backtracks through the
  // optional endings ("Putin(?:a)?") to a word that ends before no letter, and the expression is
  // a quarter of the size.
  const firsts = [...trie.next].map(([char, child]) => {
    const guard = isLowerCase(char) ? NOT_INSIDE_WORD : '';
    return `${guard}${escapeChar(char)}${trieToSource(child)}`;
  });
  return `(?:${firsts.join('|')})${NO_LETTER_AFTER}|${INVISIBLE_CLASS}`;
}

/**
 * A regular expression source matching any of `words`, factored by shared prefixes ("Ba(?:rack|
 * shar)"): at each position the engine checks one character, not every word, so scanning costs
 * about the same for 25 aliases or 10,000. Only where a word is found does the trie walk start.
 */
export function trieSource(words: readonly string[]): string {
  return trieToSource(charTrie(words));
}

/** The per-node expression's source for `words` (see {@link nodeSource}). */
export function nodeTrieSource(words: readonly string[]): string {
  return nodeSource(charTrie(words));
}

/** The words as a trie of characters. */
function charTrie(words: readonly string[]): CharTrie {
  const root: CharTrie = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let child = node.next.get(char);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(char, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}
