/**
 * Whether `word` (lower-cased) is in `list`, lower-cased names each between two spaces. One
 * string, searched, not split into a set: nothing is built on a page. (Spaces, not line feeds:
 * in the stored JSON a space costs 1 byte and a line feed 2.)
 */
export function isGivenName(list: string, word: string): boolean {
  return list.includes(` ${word} `);
}
