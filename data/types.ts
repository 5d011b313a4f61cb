import type { EntityKind } from '../lib/kinds';

// The kinds, and all the UI knows of each, are declared once in lib/kinds.ts.
export { ENTITY_KINDS, type EntityKind } from '../lib/kinds';

/** One sentence of an entity's background, with the article sentences it rests on. */
export interface BackgroundSentence {
  /** The sentence, written only from facts the cited article sentences state. */
  text: string;
  /** Indices (0-based, as produced by `splitSentences`) of the article sentences it rests on. */
  cites: readonly number[];
}

/** A person, place or organisation the bundled article names. */
export interface Entity {
  /** Stable kebab-case id, e.g. `john-kerry`. */
  id: string;
  /** Display name, e.g. "John Kerry". */
  name: string;
  kind: EntityKind;
  /** Spellings to find on web pages, case as written ("Bashar al-Assad", "Assad"). */
  aliases: readonly string[];
  /** Extra spellings used only inside the article ("the French capital"). */
  articleAliases?: readonly string[];
  /** The role the article gives, e.g. "US Secretary of State". */
  role: string;
  /** A short background written only from the article, each sentence citing its sources. */
  background: readonly BackgroundSentence[];
  /** Words or phrases that, right before a match, mean someone or something else ("Michelle"). */
  notAfter?: readonly string[];
  /** Words or phrases that, right after a match, mean someone or something else ("Washington"). */
  notBefore?: readonly string[];
}
