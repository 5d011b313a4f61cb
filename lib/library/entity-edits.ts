import type { Entity } from '../../data/types';
import { nameKey } from './library-entities';

/**
 * The reader's corrections to an article's entities before (or after) saving: automatic
 * extraction is a first draft. Each edit returns new entities and leaves the others as they were.
 */

/** `entities` with the entity `id` changed by `change`. */
function editOne(
  entities: readonly Entity[],
  id: string,
  change: (entity: Entity) => Entity,
): Entity[] {
  return entities.map((entity) => (entity.id === id ? change(entity) : entity));
}

/** Renames an entity's display name (the aliases found on pages stay as they are). */
export function renameEntity(entities: readonly Entity[], id: string, name: string): Entity[] {
  return editOne(entities, id, (entity) => ({ ...entity, name }));
}

/** Sets the role the article gives (people). */
export function setEntityRole(entities: readonly Entity[], id: string, role: string): Entity[] {
  return editOne(entities, id, (entity) => ({ ...entity, role }));
}

/** Replaces the names found on pages. */
export function setEntityAliases(
  entities: readonly Entity[],
  id: string,
  aliases: readonly string[],
): Entity[] {
  return editOne(entities, id, (entity) => ({ ...entity, aliases }));
}

/** Drops an entity: its names are no longer highlighted for this article. */
export function removeEntity(entities: readonly Entity[], id: string): Entity[] {
  return entities.filter((entity) => entity.id !== id);
}

/** The forms of `lists` in order, each once (as the matcher compares them: accents and case aside). */
function united(...lists: (readonly string[] | undefined)[]): string[] {
  const forms = new Map<string, string>();
  for (const form of lists.flatMap((list) => list ?? [])) {
    const key = nameKey(form);
    if (key && !forms.has(key)) forms.set(key, form);
  }
  return [...forms.values()];
}

/**
 * Merges the entity `fromId` into `intoId`: one entity with the target's id, name and kind, the
 * aliases of both (the target's first), the target's role or else the other's.
 */
export function mergeEntities(
  entities: readonly Entity[],
  fromId: string,
  intoId: string,
): Entity[] {
  const from = entities.find((entity) => entity.id === fromId);
  const hasTarget = entities.some((entity) => entity.id === intoId);
  if (!from || !hasTarget || fromId === intoId) return [...entities];
  const merged = editOne(entities, intoId, (into) => {
    const entity: Entity = {
      ...into,
      aliases: united(into.aliases, from.aliases),
      role: into.role || from.role,
      background: [...into.background, ...from.background],
    };
    const articleAliases = united(into.articleAliases, from.articleAliases);
    const notAfter = united(into.notAfter, from.notAfter);
    const notBefore = united(into.notBefore, from.notBefore);
    if (articleAliases.length > 0) entity.articleAliases = articleAliases;
    if (notAfter.length > 0) entity.notAfter = notAfter;
    if (notBefore.length > 0) entity.notBefore = notBefore;
    return entity;
  });
  return removeEntity(merged, fromId);
}

/**
 * The names a reader typed: one per line, or a comma list when on one line ("Lavrov, Sergey
 * Lavrov"); a line keeps its commas ("Washington, D.C."). Trimmed, empty ones dropped, each once.
 */
export function parseAliases(typed: string): string[] {
  const parts = typed.includes('\n') ? typed.split('\n') : typed.split(',');
  return united(parts.map((part) => part.trim()).filter((part) => part !== ''));
}

/** What stops the entities from being saved, for the reader: empty names, no alias left. */
export function entityProblems(entities: readonly Entity[]): string[] {
  return entities.flatMap((entity) => {
    const problems: string[] = [];
    if (entity.name.trim() === '') problems.push('A name is empty: give it a name or remove it.');
    if (!entity.aliases.some((alias) => alias.trim() !== '')) {
      problems.push(
        `“${entity.name.trim() || 'A name'}” needs at least one form to find on pages.`,
      );
    }
    return problems;
  });
}
