import { assembleMatcher, type CompiledRule, type Matcher, type TrieNode } from './compile-matcher';
import type { MatchRule } from './types';

/** A rule with its phrase lists as indexes into {@link MatcherData.lists}. */
export interface RuleData
  extends Omit<MatchRule, 'alias' | 'notAfter' | 'notBefore' | 'ownNames' | 'notNear'> {
  notAfter: number;
  notBefore: number;
  foldedNotAfter: number;
  foldedNotBefore: number;
  ownNames?: number;
  notNear?: number;
}

/**
 * A compiled matcher as plain JSON: the build compiles the matcher the content script starts
 * with, so a page only rebuilds it (parsing aliases and building expressions costs a cold page
 * about 2 ms). Trie nodes, rules and veto lists are listed once and referred to by index:
 * variants share them (the node after "al" is reached by "-Assad" and " Assad"), and every alias
 * of an entity has the same vetoes.
 */
export interface MatcherData {
  lists: string[][];
  rules: RuleData[];
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
  const lists: string[][] = [];
  const listIndex = new Map<string, number>();
  const indexOfList = (list: readonly string[]) => {
    const key = JSON.stringify(list);
    let i = listIndex.get(key);
    if (i === undefined) {
      i = lists.push([...list]) - 1;
      listIndex.set(key, i);
    }
    return i;
  };
  const rules: RuleData[] = [];
  const ruleIndex = new Map<CompiledRule, number>();
  const nodeIndex = new Map<TrieNode, number>();
  const nodes: MatcherData['nodes'] = [];
  const indexOfRule = (rule: CompiledRule) => {
    let i = ruleIndex.get(rule);
    if (i === undefined) {
      const { ownNames, notNear, ...rest } = rule;
      i =
        rules.push({
          ...rest,
          notAfter: indexOfList(rule.notAfter),
          notBefore: indexOfList(rule.notBefore),
          foldedNotAfter: indexOfList(rule.foldedNotAfter),
          foldedNotBefore: indexOfList(rule.foldedNotBefore),
          ...(ownNames ? { ownNames: indexOfList(ownNames) } : {}),
          ...(notNear ? { notNear: indexOfList(notNear) } : {}),
        }) - 1;
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
    lists,
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
  const list = (i: number) => data.lists[i] as string[];
  const rules = data.rules.map((rule): CompiledRule => {
    const { ownNames, notNear, ...rest } = rule;
    return {
      ...rest,
      notAfter: list(rule.notAfter),
      notBefore: list(rule.notBefore),
      foldedNotAfter: list(rule.foldedNotAfter),
      foldedNotBefore: list(rule.foldedNotBefore),
      ...(ownNames === undefined ? {} : { ownNames: list(ownNames) }),
      ...(notNear === undefined ? {} : { notNear: list(notNear) }),
    };
  });
  const nodes = data.nodes.map(
    ([indexes]): TrieNode => ({
      rules: indexes.map((i) => rules[i] as CompiledRule),
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
