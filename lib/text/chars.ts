/** Letters, combining marks and digits: the characters a name's word is made of. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Word characters between U+0080 and U+00BF: ª ² ³ µ ¹ º ¼ ½ ¾. */
const LATIN1_WORD = /* @__PURE__ */ new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);

/** Per UTF-16 unit outside surrogates: 0 not looked up yet, 1 a word character, 2 not one. */
const wordUnits = new Uint8Array(0x10000);

/** Whether the UTF-16 unit at `index` belongs to a word (surrogate pairs count as one letter). */
export function isWordCharAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  // ASCII fast path: this runs at every candidate boundary.
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39)
    );
  }
  // Latin letters and the punctuation of Western pages (curly quotes, dashes), answered without
  // the Unicode expression: compiling it costs a page about a millisecond.
  if (code <= 0x24f) return code >= 0xc0 ? code !== 0xd7 && code !== 0xf7 : LATIN1_WORD.has(code);
  if (code >= 0x2000 && code <= 0x206f) return false;
  if (code >= 0xdc00 && code <= 0xdfff) return WORD_CHAR.test(text.slice(index - 1, index + 1));
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(index, index + 2));
  // Other units are looked up once and remembered: pages repeat the same few accented letters.
  let known = wordUnits[code];
  if (!known) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    wordUnits[code] = known;
  }
  return known === 1;
}

/** Where the word starting at `from` ends (at `from` itself when no word starts there). */
export function wordEnd(text: string, from: number): number {
  let i = from;
  while (isWordCharAt(text, i)) i++;
  return i;
}

/**
 * Characters pages put inside words that a name's spelling leaves out: soft hyphen, zero-width
 * space and joiners, word joiner; and Arabic tatweel (U+0640, a stretch of the line) and the
 * vowel marks (harakat, U+064B–U+0652), which news leaves out but some pages write ("بَشّار").
 * As characters, not `\u` escapes: the page's copy of the expression is shorter.
 */
export const INVISIBLE_CLASS = '[\u00ad\u200b-\u200d\u2060\u0640\u064b-\u0652]';
export const EVERY_INVISIBLE = /* @__PURE__ */ new RegExp(INVISIBLE_CLASS, 'g');

/** Whether the UTF-16 unit at `index` is one of the invisible characters. */
export function isInvisibleAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (
    code === 0xad ||
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0x640 ||
    (code >= 0x64b && code <= 0x652)
  );
}

/** Every invisible character, as one string (shorter on the page than a list). */
const INVISIBLES =
  '\u00ad\u200b\u200c\u200d\u2060\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652';

/**
 * Whether `text` holds an invisible character (from `from` to `to`). An `indexOf` per character,
 * not an expression or a loop: on a page's first possible name, compiling an expression costs
 * more than the text, and a loop runs unoptimised.
 */
export function hasInvisible(text: string, from = 0, to = text.length): boolean {
  const part = from <= 0 && to >= text.length ? text : text.slice(from, to);
  for (let i = 0; i < INVISIBLES.length; i++) {
    if (part.indexOf(INVISIBLES[i] as string) !== -1) return true;
  }
  return false;
}

/** `text` as a reader sees it, without its invisible characters. */
export function withoutInvisibles(text: string): string {
  return hasInvisible(text) ? text.replace(EVERY_INVISIBLE, '') : text;
}

/** Whitespace as a reader sees it, including no-break and other Unicode spaces. */
export function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Hyphens and dashes that join the parts of a name ("al-Assad", "al‑Assad"). */
export function isHyphenAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x2012 || code === 0x2013;
}

/**
 * Lower-cases and folds every run of spaces, hyphens and apostrophes to one space, so veto phrases
 * compare equal however the page spaces or hyphenates them.
 */
export function foldForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u2010-\u2013'’-]+/g, ' ')
    .trim();
}

/** Whether the unit at `index` is part of a word as a page shows it: a letter or an invisible. */
export function isWordPartAt(text: string, index: number): boolean {
  return isInvisibleAt(text, index) || isWordCharAt(text, index);
}

/** Where the word (letters and invisible characters) running from `from` ends. */
export function wordPartsEnd(text: string, from: number): number {
  let i = from;
  while (isWordPartAt(text, i)) i++;
  return i;
}

/** Where the word (letters and invisible characters) holding `at` starts, not before `from`. */
export function wordPartsStart(text: string, at: number, from: number): number {
  let i = at;
  while (i > from && isWordPartAt(text, i - 1)) i--;
  return i;
}

/** Whether a word starts at `at`: no letter before it, invisible characters aside. */
export function startsWord(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isInvisibleAt(text, i)) i--;
  return i < 0 || !isWordCharAt(text, i);
}
