import { assembleMatcher, type CompiledRule, type Matcher, type TrieNode } from './compile-matcher';

/**
 * A compiled matcher as plain JSON: compiled off the page (the background stores it), so a page
 * only rebuilds it (parsing aliases and building expressions costs a cold page about 2 ms). Trie
 * nodes and rules are listed once and referred to by index: variants share them (the node after
 * "al" is reached by "-Assad" and " Assad"; the aliases of one person with the same vetoes share
 * a rule). Rules are stored as they are, lists and all: a page uses them without rebuilding.
 */
export interface MatcherData {
  rules: CompiledRule[];
  /** Each node: the indexes of its rules, and its children as [key, node index]. */
  nodes: [number[], [string, number][]][];
  /** First words, as [word, node index]. */
  roots: [string, number][];
  candidates: string;
  nodeCandidates: string;
  /** Alias variants compiled. */
  size: number;
  /** {@link Matcher.givenNames}: one string, which the page only searches, never splits. */
  givenNames: string;
}

/** The data to rebuild `matcher` with {@link matcherFromData}. */
export function matcherToData(matcher: Matcher): MatcherData {
  const rules: CompiledRule[] = [];
  const ruleIndex = new Map<CompiledRule, number>();
  const nodeIndex = new Map<TrieNode, number>();
  const nodes: MatcherData['nodes'] = [];
  const indexOfRule = (rule: CompiledRule) => {
    let i = ruleIndex.get(rule);
    if (i === undefined) {
      i = rules.push(rule) - 1;
      ruleIndex.set(rule, i);
    }
    return i;
  };
  const indexOfNode = (node: TrieNode): number => {
    const known = nodeIndex.get(node);
    if (known !== undefined) return known;
    const entry: MatcherData['nodes'][number] = [node.rules.map(indexOfRule), []];
    const index = nodes.push(entry) - 1;
    nodeIndex.set(node, index);
    for (const [key, child] of node.children) entry[1].push([key, indexOfNode(child)]);
    return index;
  };
  const roots = [...matcher.roots].map(([word, node]): [string, number] => [
    word,
    indexOfNode(node),
  ]);
  return {
    rules,
    nodes,
    roots,
    candidates: matcher.candidates.source,
    nodeCandidates: matcher.nodeCandidates.source,
    size: matcher.size,
    givenNames: matcher.givenNames,
  };
}

/** Rebuilds a matcher from {@link matcherToData}'s output (of the same build). */
export function matcherFromData(data: MatcherData): Matcher {
  const nodes = data.nodes.map(
    ([indexes]): TrieNode => ({
      rules: indexes.map((i) => data.rules[i] as CompiledRule),
      children: new Map(),
    }),
  );
  data.nodes.forEach(([, children], i) => {
    const node = nodes[i] as TrieNode;
    for (const [key, child] of children) node.children.set(key, nodes[child] as TrieNode);
  });
  const roots = new Map(data.roots.map(([word, i]) => [word, nodes[i] as TrieNode]));
  return assembleMatcher(roots, data);
}
