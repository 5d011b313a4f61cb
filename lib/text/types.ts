import type { EntityKind } from '../../data/types';

export type { EntityKind };

/** One alias of one entity, as the matcher consumes it. */
export interface MatchRule {
  entityId: string;
  kind: EntityKind;
  /** The spelling to find, case as written; words separated by spaces or hyphens. */
  alias: string;
  /** Phrases that veto a match when they come right before it (case-insensitive). */
  notAfter: readonly string[];
  /** Phrases that veto a match when they come right after it (case-insensitive). */
  notBefore: readonly string[];
  /**
   * Found only to hide the names inside or across it, never reported: an alias of a kind that is
   * switched off ("Islamic State of Iraq and Syria" keeps its "Syria" from counting as a place).
   */
  blocks?: boolean;
  /**
   * For a person's surname alias ("Obama", "al-Assad"): their own given names in every spelling.
   * Another given name right before it, or right after it ending the name, means someone else.
   */
  ownNames?: readonly string[];
  /**
   * The languages (primary subtags, '' for text whose language the page does not say) of text
   * this alias counts in; in any text without it. For a case ending that is a word elsewhere:
   * the German genitive "Obamas" is also the English plural.
   */
  langs?: readonly string[];
}

/** A match in a string: `text.slice(start, end)` is the name, without any possessive `'s`. */
export interface Mention {
  start: number;
  end: number;
  entityId: string;
  kind: EntityKind;
}
