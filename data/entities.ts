import { ORGANIZATIONS } from './entities/organizations';
import { PEOPLE } from './entities/people';
import { PLACES } from './entities/places';
import type { Entity } from './types';

/** Every person, place and organisation the article names. */
export const ENTITIES = [
  ...PEOPLE,
  ...PLACES,
  ...ORGANIZATIONS,
] as const satisfies readonly Entity[];

/** The id of one of the article's entities. */
export type EntityId = (typeof ENTITIES)[number]['id'];
