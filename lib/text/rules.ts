import type { Entity } from '../../data/types';
import { parseAlias } from './compile-matcher';
import type { EntityKind, MatchRule } from './types';

/**
 * Turns entities into matcher rules: one per alias, with the entity's vetoes. With `kinds`, only
 * those kinds' aliases are found; the aliases of other kinds inside which one of theirs could
 * start come along as blocking rules, so a kind shows the same mentions whatever else is switched
 * on (the longest alias wins, whatever its kind).
 */
export function rulesFromEntities(
  entities: readonly Entity[],
  options: { includeArticleAliases?: boolean; kinds?: ReadonlySet<EntityKind> } = {},
): MatchRule[] {
  const { kinds } = options;
  const aliasesOf = (entity: Entity): readonly string[] =>
    options.includeArticleAliases
      ? [...entity.aliases, ...(entity.articleAliases ?? [])]
      : entity.aliases;
  const rulesOf = (entity: Entity, aliases: readonly string[], blocks: boolean) =>
    aliases.map(
      (alias): MatchRule => ({
        entityId: entity.id,
        kind: entity.kind,
        alias,
        notAfter: entity.notAfter ?? [],
        notBefore: entity.notBefore ?? [],
        ...(blocks ? { blocks } : {}),
      }),
    );
  if (!kinds) return entities.flatMap((entity) => rulesOf(entity, aliasesOf(entity), false));
  const chosen = entities.filter((entity) => kinds.has(entity.kind));
  const found = chosen.flatMap((entity) => aliasesOf(entity).map(wordsOf));
  const blockers = entities
    .filter((entity) => !kinds.has(entity.kind))
    .flatMap((entity) => {
      const overlapping = aliasesOf(entity).filter((alias) => {
        const words = wordsOf(alias);
        return found.some((other) => mayStartInside(words, other));
      });
      return rulesOf(entity, overlapping, true);
    });
  return [...chosen.flatMap((entity) => rulesOf(entity, aliasesOf(entity), false)), ...blockers];
}

/**
 * Whether a mention of the alias `inner` can start inside a mention of `outer` (both as words):
 * at some word of `outer`, `inner` goes on with the words that follow there, as far as either goes.
 */
function mayStartInside(outer: readonly string[], inner: readonly string[]): boolean {
  return outer.some((_, at) =>
    inner.every((word, j) => at + j >= outer.length || outer[at + j] === word),
  );
}

/** The words of an alias, lower-cased (the matcher finds every case variant of them). */
function wordsOf(alias: string): string[] {
  const parsed = parseAlias(alias);
  return typeof parsed === 'string' ? [] : parsed.words.map((word) => word.toLowerCase());
}
