import type { Entity, EntityKind } from '../../data/types';
import { parseAlias } from '../text/compile-matcher';
import type { ExtractedEntities, ExtractedName } from './types';
import { isCommon, isCommonSurname, isGiven, withoutAccents } from './words';

/** A name as the matcher compares it: no accents, lower case, one space between words. */
export function nameKey(name: string): string {
  return withoutAccents(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A stable kebab-case id for a name ("Bashar al-Assad" → `bashar-al-assad`). */
export function entityIdOf(name: string): string {
  return nameKey(name).replace(/ /g, '-') || 'entity';
}

/**
 * A form as the matcher takes it: one space between words, without the possessive the text gave
 * it ("Lavrov's" → "Lavrov") and without what ends it but is not part of it ("James Roosevelt
 * Jr." → "James Roosevelt Jr": the matcher's forms end in a letter or digit).
 */
function cleanForm(form: string): string {
  return form
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/(?:['’]s|s['’]|['’])$/u, (ending) => (/^s/.test(ending) ? 's' : ''))
    .replace(/[^\p{L}\p{N}]+$/u, '');
}

/**
 * Whether a one-word form may stand alone on any page: a common English word ("Brown", "Will"),
 * a given name ("Maria") or a common surname ("Johnson", "Lee", data/names) would light up
 * strangers, so such a person is matched only by the fuller forms.
 */
export function standsAlone(word: string): boolean {
  const lower = nameKey(word);
  return !isCommon(lower) && !isGiven(lower) && !isCommonSurname(lower);
}

/** The forms to find on pages: the name first, possessives folded, lone words only if distinctive. */
function aliasesOf(found: ExtractedName): string[] {
  const forms = new Map<string, string>();
  for (const form of [found.name, ...found.aliases]) {
    const bare = cleanForm(form);
    const key = nameKey(bare);
    // A form the matcher cannot take ("AT&T", "Smith/Jones") is left out, not the whole library.
    if (!key || forms.has(key) || typeof parseAlias(bare) === 'string') continue;
    if (!key.includes(' ') && !standsAlone(bare)) continue;
    forms.set(key, bare);
  }
  return [...forms.values()];
}

/**
 * The entity `known` already has for a found name: one whose name or a form of two words or more
 * is a form of this one ("Vladimir Putin" of an added article is the bundled Putin).
 */
function knownAs(aliases: readonly string[], kind: EntityKind, known: readonly Entity[]) {
  const keys = new Set(aliases.map(nameKey).filter((key) => key.includes(' ')));
  return known.find(
    (entity) =>
      entity.kind === kind &&
      [entity.name, ...entity.aliases].some((form) => keys.has(nameKey(form))),
  );
}

/**
 * The entities of an added article from what was extracted from it: people with their roles,
 * places and organisations; each with the id of an entity already known by one of its full
 * forms, or one made from its name. No background is written for them (the card shows excerpts).
 */
export function libraryEntities(
  extracted: ExtractedEntities,
  known: readonly Entity[] = [],
): Entity[] {
  const entities: Entity[] = [];
  const taken = new Set<string>();
  const add = (found: ExtractedName, kind: EntityKind, role: string | null) => {
    const aliases = aliasesOf(found);
    if (aliases.length === 0) return;
    const base = knownAs(aliases, kind, known)?.id ?? entityIdOf(found.name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    entities.push({
      id,
      name: aliases[0] as string,
      kind,
      aliases,
      role: role ?? '',
      background: [],
    });
  };
  for (const person of extracted.people) add(person, 'person', person.role);
  for (const place of extracted.places) add(place, 'place', null);
  for (const organization of extracted.organizations) add(organization, 'organization', null);
  return entities;
}
