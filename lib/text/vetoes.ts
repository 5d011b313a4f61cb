import { foldForComparison, isSpaceAt, isWordCharAt } from './chars';
import type { CompiledRule, Matcher } from './compile-matcher';
import { isNameBefore } from './given-names';

/** How far around a match vetoes look; the longest veto phrase is far shorter. */
const VETO_WINDOW = 48;
const LETTER = /\p{L}/u;

/** Whether the letter at `index` is one (ASCII answered without compiling the Unicode class). */
function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(text.charAt(index));
}

/** A space or hyphen right next to a name: the words beyond it are its context. */
function isContextGapAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (
    isSpaceAt(text, index) || code === 0xfeff || code === 0x2d || code === 0x2010 || code === 0x2011
  );
}

function endsWithPhrase(context: string, phrase: string): boolean {
  if (!context.endsWith(phrase)) return false;
  return !isLetterAt(context, context.length - phrase.length - 1);
}

function startsWithPhrase(context: string, phrase: string): boolean {
  if (!context.startsWith(phrase)) return false;
  return !isLetterAt(context, phrase.length);
}

function holdsPhrase(context: string, phrase: string): boolean {
  for (let at = context.indexOf(phrase); at !== -1; at = context.indexOf(phrase, at + 1)) {
    if (!isLetterAt(context, at - 1) && !isLetterAt(context, at + phrase.length)) return true;
  }
  return false;
}

/** Whether the rule's hand-written context words veto the match `text.slice(start, end)`. */
export function isVetoed(rule: CompiledRule, text: string, start: number, end: number): boolean {
  if (rule.foldedNotAfter.length) {
    const before = text.slice(Math.max(0, start - VETO_WINDOW), start);
    // Only the words right before count: a sentence break in between ends the context.
    if (before === '' || isContextGapAt(before, before.length - 1)) {
      const context = foldForComparison(before);
      if (rule.foldedNotAfter.some((p) => endsWithPhrase(context, p))) return true;
    }
  }
  if (rule.foldedNotBefore.length) {
    const after = text.slice(end, end + VETO_WINDOW);
    if (isContextGapAt(after, 0)) {
      const context = foldForComparison(after);
      if (rule.foldedNotBefore.some((p) => startsWithPhrase(context, p))) return true;
    }
  }
  if (rule.notNear?.length) {
    const around = foldForComparison(
      `${text.slice(Math.max(0, start - VETO_WINDOW), start)} ${text.slice(end, end + VETO_WINDOW)}`,
    );
    if (rule.notNear.some((p) => holdsPhrase(around, p))) return true;
  }
  return false;
}

/** Whether a word starts with a capital, or is of a script without case: a name may. */
function mayBeName(word: string): boolean {
  const first = word.charAt(0);
  return first === first.toUpperCase();
}

/** The word before `start` across spaces only (not a period: "Mr. Putin", "F. Kerry"), or ''. */
function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  if (end === start) return '';
  let from = end;
  while (from > 0 && isWordCharAt(text, from - 1)) from--;
  return text.slice(from, end);
}

/** The word after `end` across spaces only, if the name ends with it (no capitalised word next). */
function lastWordAfter(text: string, end: number): string {
  let from = end;
  while (isSpaceAt(text, from)) from++;
  if (from === end) return '';
  let to = from;
  while (isWordCharAt(text, to)) to++;
  let next = to;
  while (isSpaceAt(text, next)) next++;
  // "Obama Hillary Clinton": a list of names, the next one starting after "Obama".
  if (next > to && isWordCharAt(text, next) && mayBeName(text.charAt(next))) return '';
  return text.slice(from, to);
}

/**
 * Whether a given name beside a surname alias says it is someone else's: right before it
 * ("Malia Obama", "Hafez al-Assad", "Мария Путина") or right after it where it ends the name
 * ("Путин Мария"), a capitalised given name that is not one of the person's own.
 */
export function isSomeoneElse(
  matcher: Matcher,
  rule: CompiledRule,
  text: string,
  start: number,
  end: number,
): boolean {
  const own = rule.ownNames;
  if (!own) return false;
  const before = wordBefore(text, start);
  if (before && mayBeName(before)) {
    const folded = before.toLowerCase();
    if (!own.includes(folded) && isNameBefore(matcher.isGivenName, folded)) return true;
  }
  const after = lastWordAfter(text, end);
  if (after && mayBeName(after)) {
    const folded = after.toLowerCase();
    if (!own.includes(folded) && matcher.isGivenName(folded)) return true;
  }
  return false;
}
