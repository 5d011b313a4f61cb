import type { HighlightColor } from './colors';

/** How a new install treats one kind of entity. */
export interface KindDefaults {
  /** Highlight colour out of the box; in it the kind's highlight has the bare `backstory-<kind>` name. */
  color: HighlightColor;
  /** Whether a new install highlights this kind. */
  onByDefault: boolean;
}

/** What the reader sees of one kind of entity. */
export interface KindLabels {
  /** Singular label, as the card shows it: "Person". */
  label: string;
  /** Plural label, for section titles and switches: "People". */
  plural: string;
  /** A name of this kind, for the options' colour preview. */
  example: string;
}

/** Everything the popup, options, card, settings and highlight CSS know of one kind. */
export type KindInfo = KindDefaults & KindLabels;

/**
 * Every kind of entity, in the order the popup and settings list them, and how a new install
 * treats it: a kind is added here, and TypeScript then asks for its labels below. The two
 * tables are apart because every page's content script needs the defaults, not the labels.
 */
const KIND_DEFAULTS = {
  person: { color: 'amber', onByDefault: true },
  // Places and organisations are off out of the box: "Russia" on every news page is noise.
  place: { color: 'sky', onByDefault: false },
  organization: { color: 'mint', onByDefault: false },
} as const satisfies Record<string, KindDefaults>;

/** What an entity is. */
export type EntityKind = keyof typeof KIND_DEFAULTS;

const KIND_LABELS: Record<EntityKind, KindLabels> = {
  person: { label: 'Person', plural: 'People', example: 'Vladimir Putin' },
  place: { label: 'Place', plural: 'Places', example: 'Geneva' },
  organization: { label: 'Organisation', plural: 'Organisations', example: 'United Nations' },
};

/** Every kind, in the order the popup and settings list them. */
export const ENTITY_KINDS = Object.keys(KIND_DEFAULTS) as readonly EntityKind[];

/** A record with one value per kind, computed from the kind. */
export function byKind<T>(compute: (kind: EntityKind) => T): Record<EntityKind, T> {
  return Object.fromEntries(ENTITY_KINDS.map((k) => [k, compute(k)])) as Record<EntityKind, T>;
}

/** Each kind's defaults, for settings and colours. */
export function kindDefaults(kind: EntityKind): KindDefaults {
  return KIND_DEFAULTS[kind];
}

/** Every kind with its defaults and labels, for the views. */
export const KINDS: Record<EntityKind, KindInfo> = /* @__PURE__ */ byKind((kind) => ({
  ...KIND_DEFAULTS[kind],
  ...KIND_LABELS[kind],
}));
