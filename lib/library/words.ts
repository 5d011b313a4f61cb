import { GIVEN_NAMES } from '../../data/names/given-names';
import { COMMON_ENGLISH } from '../../data/words/common-english';
import { isGivenName } from '../text/given-names';

/** Whether a lower-cased word is one of the shipped given names ("robert", "ava"). */
export function isGiven(lower: string): boolean {
  return isGivenName(GIVEN_NAMES, lower);
}

/** Whether a lower-cased word is one of the common English words (data/words). */
export function isCommon(lower: string): boolean {
  return COMMON_ENGLISH.includes(` ${lower} `);
}
