import { INFLECTIONS } from '../../data/inflections';
import type { Entity } from '../../data/types';
import { inflect } from './forms';

/** One spelling the matcher finds for an entity, with where it comes from. */
interface Spelling {
  /** "aliases", "articleAliases" or "forms[i].names". */
  field: string;
  /** How a message shows it: `alias "Putin"`, `form "Putina" (pl case of "Putin")`. */
  shown: string;
  isForm: boolean;
}

/** A spelling as the matcher tells spellings apart: any case, a hyphen as a space. */
function keyOf(spelling: string): string {
  return spelling.toLowerCase().replace(/-/g, ' ');
}

/** Every spelling of `entity`, by key, each where it first comes from. */
function spellingsOf(entity: Entity): Map<string, Spelling> {
  const spellings = new Map<string, Spelling>();
  const add = (text: string, spelling: Spelling) => {
    if (!spellings.has(keyOf(text))) spellings.set(keyOf(text), spelling);
  };
  for (const field of ['aliases', 'articleAliases'] as const) {
    for (const alias of entity[field] ?? []) {
      add(alias, { field, shown: `alias "${alias}"`, isForm: false });
    }
  }
  (entity.forms ?? []).forEach((set, i) => {
    const field = `forms[${i}].names`;
    for (const name of set.names) {
      add(name, { field, shown: `form "${name}" (${set.lang})`, isForm: true });
      for (const form of inflect(name, INFLECTIONS[set.lang])) {
        add(form, { field, shown: `form "${form}" (${set.lang} case of "${name}")`, isForm: true });
      }
    }
  });
  return spellings;
}

/**
 * Every spelling a form of one entity shares with an alias or form of another (aliases shared
 * by two entities are reported by the alias check): the matcher would give it to only one of
 * them. Each problem names the entity whose form it is (the later one, if both are forms), its
 * field and the file to change.
 */
export function formCollisions(
  entities: readonly Entity[],
  fileOf: (entity: Entity, field: string) => string,
): string[] {
  const problems: string[] = [];
  const owners = new Map<string, { entity: Entity; spelling: Spelling }>();
  for (const entity of entities) {
    for (const [key, spelling] of spellingsOf(entity)) {
      const owner = owners.get(key);
      if (!owner) {
        owners.set(key, { entity, spelling });
        continue;
      }
      if (!spelling.isForm && !owner.spelling.isForm) continue;
      const [one, other] = spelling.isForm
        ? [{ entity, spelling }, owner]
        : [owner, { entity, spelling }];
      problems.push(
        `entity "${one.entity.id}": field "${one.spelling.field}": ${one.spelling.shown} is also ` +
          `${other.spelling.shown} of entity "${other.entity.id}" (field "${other.spelling.field}"), ` +
          `so the matcher would find only one of them; change ${fileOf(one.entity, one.spelling.field)}`,
      );
    }
  }
  return problems;
}
