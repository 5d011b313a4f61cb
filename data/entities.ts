import { ORGANIZATIONS } from './entities/organizations';
import { PEOPLE } from './entities/people';
import { PLACES } from './entities/places';
import type { Entity, EntityKind } from './types';

/** Every person, place and organisation the article names. */
export const ENTITIES = [
  ...PEOPLE,
  ...PLACES,
  ...ORGANIZATIONS,
] as const satisfies readonly Entity[];

/** The id of one of the article's entities. */
export type EntityId = (typeof ENTITIES)[number]['id'];

/**
 * The files each kind's entities are written in, and their forms in other languages: build
 * errors about the data name them.
 */
export const ENTITY_FILES: Readonly<Record<EntityKind, { entities: string; forms: string }>> = {
  person: { entities: 'data/entities/people.ts', forms: 'data/entities/people-forms.ts' },
  place: { entities: 'data/entities/places.ts', forms: 'data/entities/places.ts' },
  organization: {
    entities: 'data/entities/organizations.ts',
    forms: 'data/entities/organizations.ts',
  },
};
