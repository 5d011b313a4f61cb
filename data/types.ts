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

/** A language (BCP 47) whose forms of names the matcher knows, with its inflection in data/inflections.ts. */
export type FormLanguage = 'ar' | 'cs' | 'de' | 'es' | 'fr' | 'pl' | 'ru' | 'sk' | 'uk';

/** Every {@link FormLanguage}. */
export const FORM_LANGUAGES: readonly FormLanguage[] = [
  'ar',
  'cs',
  'de',
  'es',
  'fr',
  'pl',
  'ru',
  'sk',
  'uk',
];

/** Names of an entity as one language writes them; the language's case endings are added to them. */
export interface FormSet {
  lang: FormLanguage;
  /** As the language writes them in the nominative ("Władimir Putin", "Путин"). */
  names: readonly string[];
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
  /** The names in other languages and scripts, inflected by each language's rules. */
  forms?: readonly FormSet[];
}
