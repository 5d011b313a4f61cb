import type { FormLanguage } from './types';

/** How a word of a name changes in the other cases: by how it ends, a form per case. */
export interface WordClass {
  /** The ending this class is for, replaced by each case's form; '' for any other word. */
  ends: string;
  /** The ending in each case, in the language's case order (shared by all its classes). */
  cases: readonly string[];
  /** Only for the last word of a name (Russian surnames in -ин, -ов decline unlike nouns). */
  lastOnly?: boolean;
}

/** How one language inflects names. */
export interface Inflection {
  /** Which words take the case: all (Slavic "Władimira Putina") or only the last (German "Putins"). */
  words: 'all' | 'last';
  /** Most specific first; the first class whose ending a word has applies. */
  classes: readonly WordClass[];
  /** Words written joined before a name's first word (Arabic و "and", ب "with", ل "for"). */
  prefixes?: readonly string[];
  /** Words after which an inflected form means something else ("die Obamas": the family). */
  notAfter?: readonly string[];
  /** Inflected forms left out, each with why: a common word of some language. */
  leaveOut?: Readonly<Record<string, string>>;
  /**
   * Where the cases count, for a language written in a script other languages share: only in
   * text whose language (its element's `lang`) is this one, or also in text whose language the
   * page does not say. Without it, anywhere: Cyrillic and Arabic tell the language themselves.
   */
  only?: 'lang' | 'lang-or-unsaid';
}

/** A class for words that keep one form in every case (Kerry, Керри). */
function unchanged(ends: string, caseCount: number): WordClass {
  return { ends, cases: Array.from({ length: caseCount }, () => ends) };
}

/**
 * The inflection of names per language: only what the bundled names need and what generalises
 * (masculine names ending in a consonant, in -a, -j, -y). Lower-case words ("al", "аль") never
 * take a case. A language without an entry only spells names its own way ("Poutine").
 */
export const INFLECTIONS: Readonly<Partial<Record<FormLanguage, Inflection>>> = {
  // Genitive only: "Putins", "Wladimir Putins". A name ending in s, x, z takes an apostrophe.
  de: {
    words: 'last',
    classes: [unchanged('s', 1), unchanged('x', 1), unchanged('z', 1), { ends: '', cases: ['s'] }],
    // "die Obamas", "the Obamas": the family, not its one member.
    notAfter: ['the', 'die', 'den', 'der'],
    // Only in German text: "Obamas" and "Assads" are also English plurals (the family), and a
    // page that does not say its language is most often in English.
    only: 'lang',
  },
  // Genitive, dative, instrumental, locative, accusative.
  pl: {
    words: 'all',
    // Their endings make no English word ("Putina", "Obamy"): also where no lang is said.
    only: 'lang-or-unsaid',
    classes: [
      { ends: 'a', cases: ['y', 'ie', 'ą', 'ie', 'ę'] },
      { ends: 'k', cases: ['ka', 'kowi', 'kiem', 'ku', 'ka'] },
      { ends: 'd', cases: ['da', 'dowi', 'dem', 'dzie', 'da'] },
      { ends: 'r', cases: ['ra', 'rowi', 'rem', 'rze', 'ra'] },
      { ends: 'j', cases: ['ja', 'jowi', 'jem', 'ju', 'ja'] },
      // "Kerry'ego": the apostrophe form is not one the matcher can hold.
      unchanged('y', 5),
      { ends: '', cases: ['a', 'owi', 'em', 'ie', 'a'] },
    ],
  },
  // Genitive, dative, instrumental, accusative.
  cs: {
    words: 'all',
    // As Polish.
    only: 'lang-or-unsaid',
    classes: [
      { ends: 'a', cases: ['y', 'ovi', 'ou', 'u'] },
      { ends: 'j', cases: ['je', 'jovi', 'jem', 'je'] },
      { ends: 'y', cases: ['yho', 'ymu', 'ym', 'yho'] },
      { ends: '', cases: ['a', 'ovi', 'em', 'a'] },
    ],
  },
  // Genitive, dative, instrumental, accusative.
  sk: {
    words: 'all',
    // As Polish.
    only: 'lang-or-unsaid',
    classes: [
      { ends: 'a', cases: ['u', 'ovi', 'om', 'u'] },
      { ends: 'j', cases: ['ja', 'jovi', 'jom', 'ja'] },
      { ends: 'y', cases: ['yho', 'ymu', 'ym', 'yho'] },
      { ends: '', cases: ['a', 'ovi', 'om', 'a'] },
    ],
  },
  // Genitive, dative, instrumental, prepositional, accusative.
  ru: {
    words: 'all',
    classes: [
      { ends: 'ин', cases: ['ина', 'ину', 'иным', 'ине', 'ина'], lastOnly: true },
      { ends: 'ов', cases: ['ова', 'ову', 'овым', 'ове', 'ова'], lastOnly: true },
      { ends: 'ев', cases: ['ева', 'еву', 'евым', 'еве', 'ева'], lastOnly: true },
      { ends: 'ич', cases: ['ича', 'ичу', 'ичем', 'иче', 'ича'] },
      { ends: 'й', cases: ['я', 'ю', 'ем', 'е', 'я'] },
      { ends: 'а', cases: ['ы', 'е', 'ой', 'е', 'у'] },
      unchanged('и', 5),
      { ends: '', cases: ['а', 'у', 'ом', 'е', 'а'] },
    ],
  },
  // Genitive, dative, instrumental, locative, accusative.
  uk: {
    words: 'all',
    classes: [
      { ends: 'ін', cases: ['іна', 'іну', 'іним', 'іні', 'іна'], lastOnly: true },
      { ends: 'ов', cases: ['ова', 'ову', 'овим', 'ові', 'ова'], lastOnly: true },
      { ends: 'ич', cases: ['ича', 'ичу', 'ичем', 'ичі', 'ича'] },
      { ends: 'ій', cases: ['ія', 'ію', 'ієм', 'ії', 'ія'] },
      { ends: 'а', cases: ['и', 'і', 'ою', 'і', 'у'] },
      unchanged('і', 5),
      { ends: '', cases: ['а', 'у', 'ом', 'і', 'а'] },
    ],
  },
  // No cases on names; the conjunctions and prepositions written joined to the next word.
  ar: { words: 'all', classes: [], prefixes: ['و', 'ب', 'ل', 'ف'] },
};
