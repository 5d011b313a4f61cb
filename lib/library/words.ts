import { COMMON_SURNAMES } from '../../data/names/common-surnames';
import { GIVEN_NAMES } from '../../data/names/given-names';
import { COMMON_ENGLISH } from '../../data/words/common-english';

let givenNames: ReadonlySet<string> | undefined;
let commonWords: ReadonlySet<string> | undefined;

/** The words of a list string (words between spaces) as a set: looked up for every word of an article. */
function toSet(list: string): ReadonlySet<string> {
  return new Set(list.split(' ').filter(Boolean));
}

/** Whether a lower-cased word is one of the shipped given names ("robert", "ava"). */
export function isGiven(lower: string): boolean {
  givenNames ??= toSet(GIVEN_NAMES);
  return givenNames.has(lower);
}

/** Whether a lower-cased word is one of the 2,000 most common surnames ("johnson", "lee"). */
export function isCommonSurname(lower: string): boolean {
  // The list has a space around each name: no set is built for the few words asked about.
  return COMMON_SURNAMES.includes(` ${lower} `);
}

/** Whether a lower-cased word is one of the common English words (data/words). */
export function isCommon(lower: string): boolean {
  commonWords ??= toSet(COMMON_ENGLISH);
  return commonWords.has(lower);
}

/** A word or name without its accents and other marks ("Hôtel" → "Hotel", "Sergueï" → "Serguei"). */
export function withoutAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}
