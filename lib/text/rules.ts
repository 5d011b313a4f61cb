import { INFLECTIONS } from '../../data/inflections';
import type { Entity } from '../../data/types';
import { parseAlias } from './compile-matcher';
import { type AliasVariant, expandForms } from './forms';
import type { EntityKind, MatchRule } from './types';

/**
 * Turns entities into matcher rules: one per alias and per form in another language, with the
 * entity's vetoes. With `kinds`, only those kinds' aliases are found; the aliases of other kinds
 * inside which one of theirs could start come along as blocking rules, so a kind shows the same
 * mentions whatever else is switched on (the longest alias wins, whatever its kind).
 */
export function rulesFromEntities(
  entities: readonly Entity[],
  options: { includeArticleAliases?: boolean; kinds?: ReadonlySet<EntityKind> } = {},
): MatchRule[] {
  const { kinds } = options;
  const variantsOf = (entity: Entity): AliasVariant[] => [
    ...entity.aliases.map((alias) => ({ alias })),
    ...(options.includeArticleAliases ? (entity.articleAliases ?? []) : []).map((alias) => ({
      alias,
    })),
    ...expandForms(entity, INFLECTIONS),
  ];
  const rulesOf = (entity: Entity, variants: readonly AliasVariant[], blocks: boolean) => {
    const names = entity.kind === 'person' ? namesOf(variants) : undefined;
    return variants.map((variant): MatchRule => {
      const rule: MatchRule = {
        entityId: entity.id,
        kind: entity.kind,
        alias: variant.alias,
        notAfter: [...(entity.notAfter ?? []), ...(variant.notAfter ?? [])],
        notBefore: entity.notBefore ?? [],
      };
      if (blocks) rule.blocks = true;
      if (variant.langs) rule.langs = variant.langs;
      if (names && isSurnameOnly(variant.alias, names.surnames)) rule.ownNames = names.given;
      return rule;
    });
  };
  if (!kinds) return entities.flatMap((entity) => rulesOf(entity, variantsOf(entity), false));
  const chosen = entities.filter((entity) => kinds.has(entity.kind));
  const found = chosen.flatMap((entity) => variantsOf(entity).map((v) => wordsOf(v.alias)));
  const blockers = entities
    .filter((entity) => !kinds.has(entity.kind))
    .flatMap((entity) => {
      const overlapping = variantsOf(entity).filter((variant) => {
        const words = wordsOf(variant.alias);
        return found.some((other) => mayStartInside(words, other));
      });
      return rulesOf(entity, overlapping, true);
    });
  return [...chosen.flatMap((entity) => rulesOf(entity, variantsOf(entity), false)), ...blockers];
}

/**
 * A person's surnames (the last word of each of their names, in every form) and own given names
 * (the first word of each longer name: "Vladimir", "Władimira", "Владимир"; not a middle name,
 * since "Hafez" of "Bashar Hafez al-Assad" alone is his father).
 */
function namesOf(variants: readonly AliasVariant[]) {
  const surnames = new Set<string>();
  const given = new Set<string>();
  for (const { alias } of variants) {
    const parsed = parseAlias(alias);
    if (typeof parsed === 'string') continue;
    surnames.add(parsed.words[parsed.words.length - 1] as string);
    const first = parsed.words[0] as string;
    if (parsed.words.length > 1 && !isLowerCase(first)) given.add(first.toLowerCase());
  }
  return { surnames, given: [...given] };
}

/** Whether an alias is only a surname, with its lower-case particles ("Obama", "al-Assad"). */
function isSurnameOnly(alias: string, surnames: ReadonlySet<string>): boolean {
  const parsed = parseAlias(alias);
  if (typeof parsed === 'string') return false;
  return parsed.words.every((word) => surnames.has(word) || isLowerCase(word));
}

function isLowerCase(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toUpperCase();
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
