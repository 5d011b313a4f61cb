/** Russian patronymics in Latin and Cyrillic ("Spiridonovich", "Владимирович"): a middle name. */
const PATRONYMIC = /(?:ovich|evich|ovna|evna|ович|евич|овна|евна)$/;

/** Whether a lower-cased word is a given name. */
export type NameCheck = (word: string) => boolean;

/**
 * A lookup in `list`, lower-cased names each between two spaces. One string, not a set:
 * nothing is built on a page that never asks, and each word's answer is remembered. (Spaces, not
 * line feeds: the build embeds the list in a string literal of JSON, where a space costs 1 byte
 * and a line feed 4.)
 */
export function createNameCheck(list: string): NameCheck {
  const known = new Map<string, boolean>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) {
      answer = list.length > 0 && list.indexOf(` ${word} `) !== -1;
      known.set(word, answer);
    }
    return answer;
  };
}

/** Whether a lower-cased word before a surname is a given or middle name. */
export function isNameBefore(isGivenName: NameCheck, word: string): boolean {
  return isGivenName(word) || PATRONYMIC.test(word);
}
