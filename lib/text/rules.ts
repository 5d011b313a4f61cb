import type { Entity } from '../../data/types';
import type { EntityKind, MatchRule } from './types';

/**
 * Turns entities into matcher rules: one per alias, with the entity's vetoes; only those of
 * `kinds` when given.
 */
export function rulesFromEntities(
  entities: readonly Entity[],
  options: { includeArticleAliases?: boolean; kinds?: ReadonlySet<EntityKind> } = {},
): MatchRule[] {
  const { kinds } = options;
  return entities.flatMap((entity) => {
    if (kinds && !kinds.has(entity.kind)) return [];
    const aliases = options.includeArticleAliases
      ? [...entity.aliases, ...(entity.articleAliases ?? [])]
      : entity.aliases;
    return aliases.map((alias) => ({
      entityId: entity.id,
      kind: entity.kind,
      alias,
      notAfter: entity.notAfter ?? [],
      notBefore: entity.notBefore ?? [],
    }));
  });
}
