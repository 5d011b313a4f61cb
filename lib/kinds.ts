import type { HighlightColor } from './colors';

/** What the reader sees of one kind of entity, and how a new install treats it. */
export interface KindInfo {
  /** Singular label, as the card shows it: "Person". */
  label: string;
  /** Plural label, for section titles and switches: "People". */
  plural: string;
  /** Highlight colour out of the box; in it the kind's highlight has the bare `backstory-<kind>` name. */
  color: HighlightColor;
  /** Whether a new install highlights this kind. */
  onByDefault: boolean;
  /** A name of this kind, for the options' colour preview. */
  example: string;
}

/**
 * Every kind of entity and what the popup, options, card, settings and highlight CSS know of it,
 * in the order they list kinds: a kind is added here and nowhere else.
 */
export const KINDS = {
  person: {
    label: 'Person',
    plural: 'People',
    color: 'amber',
    onByDefault: true,
    example: 'Vladimir Putin',
  },
  // Places and organisations are off out of the box: "Russia" on every news page is noise.
  place: { label: 'Place', plural: 'Places', color: 'sky', onByDefault: false, example: 'Geneva' },
  organization: {
    label: 'Organisation',
    plural: 'Organisations',
    color: 'mint',
    onByDefault: false,
    example: 'United Nations',
  },
} as const satisfies Record<string, KindInfo>;

/** What an entity is. */
export type EntityKind = keyof typeof KINDS;

/** Every kind, in the order the popup and settings list them. */
export const ENTITY_KINDS = Object.keys(KINDS) as readonly EntityKind[];

/** A record with one value per kind, computed from the kind. */
export function byKind<T>(compute: (kind: EntityKind, info: KindInfo) => T): Record<EntityKind, T> {
  return Object.fromEntries(ENTITY_KINDS.map((k) => [k, compute(k, KINDS[k])])) as Record<
    EntityKind,
    T
  >;
}
