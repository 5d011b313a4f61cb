import type { Entity } from '../../data/types';
import type { MatchRule } from './types';

/** Turns entities into matcher rules: one per alias, with the entity's vetoes. */
export function rulesFromEntities(
  entities: readonly Entity[],
  options: { includeArticleAliases?: boolean } = {},
): MatchRule[] {
  return entities.flatMap((entity) => {
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
