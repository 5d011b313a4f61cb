import { foldForComparison, isHyphenAt, isSpaceAt, isWordCharAt } from './chars';
import type { CompiledRule } from './compile-matcher';

/** How far around a match vetoes look; the longest veto phrase is far shorter. */
const VETO_WINDOW = 48;

/** A space, hyphen or dash right next to a name: the words beyond it are its context. */
function isContextGapAt(text: string, index: number): boolean {
  return isSpaceAt(text, index) || isHyphenAt(text, index) || text.charCodeAt(index) === 0xfeff;
}

/**
 * Whether a letter is at `index`: a word character but not an ASCII digit ("4Maria": a count
 * glued to a name is no part of it). The cached word test, not a Unicode expression to compile.
 */
function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (code < 0x30 || code > 0x39) && isWordCharAt(text, index);
}

function endsWithPhrase(context: string, phrase: string): boolean {
  if (!context.endsWith(phrase)) return false;
  return !isLetterAt(context, context.length - phrase.length - 1);
}

function startsWithPhrase(context: string, phrase: string): boolean {
  if (!context.startsWith(phrase)) return false;
  return !isLetterAt(context, phrase.length);
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
  return false;
}

/**
 * Whether a given name beside a surname alias `text.slice(start, end)` says it is someone else's:
 * a word of `list` (lower-cased given names, each between two spaces) with a capital, not among
 * the person's `own`. Right before it ("Malia Obama", "Hafez al-Assad", "Мария Путина"), or
 * right after it where the surname comes first ("Putin Maria", "Obama Malia," in a list). Only
 * spaces between: "Mr. Putin" and "said Kerry. John went" are left be; so is a lower-case word
 * ("bo Obama": Polish "because").
 */
export function isSomeoneElse(
  list: string,
  own: readonly string[],
  text: string,
  start: number,
  end: number,
): boolean {
  const isOther = (from: number, to: number) => {
    const word = text.slice(from, to);
    const name = word.toLowerCase();
    return word !== name && !own.includes(name) && list.includes(` ${name} `);
  };
  let i = start;
  while (isSpaceAt(text, i - 1)) i--;
  let j = i;
  while (isLetterAt(text, j - 1)) j--;
  if (i < start && isOther(j, i)) return true;
  i = end;
  while (isSpaceAt(text, i)) i++;
  j = i;
  while (isLetterAt(text, j)) j++;
  let k = j;
  while (isSpaceAt(text, k)) k++;
  // A capital after the given name starts a name of its own ("Obama Hillary Clinton", "Putin
  // Sergei Lavrov") or goes on with a title-case headline ("Kerry Frank About Iran").
  const next = text.charAt(k);
  return i > end && isOther(i, j) && next === next.toLowerCase();
}
