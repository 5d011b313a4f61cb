import { ENTITY_KINDS, type EntityKind } from '../../data/types';

/** Every non-empty set of kinds a reader can switch on, smallest first. */
export const KIND_SUBSETS: EntityKind[][] = Array.from(
  { length: 2 ** ENTITY_KINDS.length - 1 },
  (_, i) => ENTITY_KINDS.filter((_, k) => (i + 1) & (1 << k)),
).sort((a, b) => a.length - b.length);
