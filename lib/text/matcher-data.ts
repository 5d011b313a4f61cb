import {
  assembleMatcher,
  type CompiledMatcher,
  type CompiledRule,
  type Matcher,
  type TrieNode,
  type WordIndex,
} from './compile-matcher';

/**
 * The word trie under one first word: its nodes (the first is the word's own), each as the
 * indexes of its rules (in {@link MatcherData.rules}) and its children as [key, node index].
 * Nodes are listed once: variants share them (the node after "al" is reached by "-Assad" and
 * " Assad").
 */
type TreeData = [number[], [string, number][]][];

/**
 * A compiled matcher as plain JSON, made off the page (by the background) so that a page
 * compiles nothing. A page loads it without building it: the first words are a sorted list, and
 * the trie under each first word stays JSON text, joined in one string, until a page meets the
 * word — with a library of 10,000 names a page meets a handful.
 */
export interface MatcherData {
  /**
   * Every rule as JSON text, joined, stored as it is (a page uses it without rebuilding); the
   * aliases of one person with the same vetoes share one.
   */
  rules: string;
  /** Where each rule ends in `rules`. */
  ruleEnds: number[];
  /** The first words of every alias variant, sorted by code unit. */
  words: string[];
  /** The {@link TreeData} of each first word as JSON text, in `words`' order, joined. */
  trees: string;
  /** Where each word's tree ends in `trees`. */
  ends: number[];
  candidates: string;
  nodeCandidates: string;
  /** {@link CompiledMatcher.presence}: read by the content script alone, never by the matcher. */
  presence: string;
  /** Alias variants compiled. */
  size: number;
  /** {@link Matcher.givenNames}: one string, which the page only searches, never splits. */
  givenNames: string;
}

/** The data to rebuild `matcher` with {@link matcherFromData}. */
export function matcherToData(matcher: CompiledMatcher): MatcherData {
  let rules = '';
  const ruleEnds: number[] = [];
  const ruleIndex = new Map<CompiledRule, number>();
  const indexOfRule = (rule: CompiledRule) => {
    let i = ruleIndex.get(rule);
    if (i === undefined) {
      rules += JSON.stringify(rule);
      i = ruleEnds.push(rules.length) - 1;
      ruleIndex.set(rule, i);
    }
    return i;
  };
  const words = [...matcher.roots.keys()].sort();
  let trees = '';
  const ends: number[] = [];
  for (const word of words) {
    trees += JSON.stringify(treeData(matcher.roots.get(word) as TrieNode, indexOfRule));
    ends.push(trees.length);
  }
  return {
    rules,
    ruleEnds,
    words,
    trees,
    ends,
    candidates: matcher.candidates.source,
    nodeCandidates: matcher.nodeCandidates.source,
    presence: matcher.presence,
    size: matcher.size,
    givenNames: matcher.givenNames,
  };
}

/** The tree under one first word. */
function treeData(root: TrieNode, indexOfRule: (rule: CompiledRule) => number): TreeData {
  const nodeIndex = new Map<TrieNode, number>();
  const nodes: TreeData = [];
  const indexOfNode = (node: TrieNode): number => {
    const known = nodeIndex.get(node);
    if (known !== undefined) return known;
    const entry: TreeData[number] = [node.rules.map(indexOfRule), []];
    const index = nodes.push(entry) - 1;
    nodeIndex.set(node, index);
    for (const [key, child] of node.children) entry[1].push([key, indexOfNode(child)]);
    return index;
  };
  indexOfNode(root);
  return nodes;
}

/** The trie of one first word from its JSON text, with its rules from `ruleAt`. */
function treeFromText(text: string, ruleAt: (i: number) => CompiledRule): TrieNode {
  const tree = JSON.parse(text) as TreeData;
  const nodes = tree.map(
    ([indexes]): TrieNode => ({ rules: indexes.map(ruleAt), children: new Map() }),
  );
  tree.forEach(([, children], i) => {
    const node = nodes[i] as TrieNode;
    for (const [key, child] of children) node.children.set(key, nodes[child] as TrieNode);
  });
  return nodes[0] as TrieNode;
}

/** The index of the first of the sorted `words` not before `word`. */
function lowerBound(words: readonly string[], word: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((words[middle] as string) < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The `i`th of the pieces of `text` that end at `ends`, made by `make` on first use, once. */
function lazyPieces<T>(text: string, ends: readonly number[], make: (piece: string) => T) {
  const made = new Map<number, T>();
  return (i: number): T => {
    let value = made.get(i);
    if (value === undefined) {
      value = make(text.slice(ends[i - 1] ?? 0, ends[i]));
      made.set(i, value);
    }
    return value;
  };
}

/**
 * A matcher from {@link matcherToData}'s output (of the same format): nothing is built until a
 * page asks for it. Each rule is made once, so the tries of every alias of a person share it.
 */
export function matcherFromData(data: MatcherData): Matcher {
  const { words } = data;
  const ruleAt = lazyPieces(data.rules, data.ruleEnds, (text) => JSON.parse(text) as CompiledRule);
  const treeAt = lazyPieces(data.trees, data.ends, (text) => treeFromText(text, ruleAt));
  const indexOf = (word: string) => {
    const i = lowerBound(words, word);
    return words[i] === word ? i : -1;
  };
  const roots: WordIndex = {
    has: (word) => indexOf(word) >= 0,
    get(word) {
      const i = indexOf(word);
      return i < 0 ? undefined : treeAt(i);
    },
  };
  // A first word cut short: some first word starts with it and goes on (they follow it, sorted).
  const rootPrefixes = {
    has(part: string) {
      const i = lowerBound(words, part);
      const next = words[i] === part ? words[i + 1] : words[i];
      return (
        part !== '' && next !== undefined && next.length > part.length && next.startsWith(part)
      );
    },
  };
  return assembleMatcher(roots, rootPrefixes, data);
}
