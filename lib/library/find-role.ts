import type { Token } from './tokens';
import { joinsNext } from './tokens';
import { HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS } from './word-lists';

/** Tags of words a role never takes in (verbs, determiners, prepositions…). */
const STOP_TAGS = [
  'Verb',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'Value',
  'QuestionWord',
];

/** The longest role before a name, in words. */
const MAX_BEFORE = 6;
/** The longest comma phrase after a name read as a role, in words. */
const MAX_AFTER = 16;
/** How far into a comma phrase its role noun may be ("the incoming Marine commandant"). */
const ROLE_NOUN_WITHIN = 5;

/** Whether a word is a role noun ("secretary", "farmer", "Sen."). */
function isRoleNoun(token: Token): boolean {
  return ROLE_NOUNS.has(token.lower) || (!token.capital && token.tags.has('Actor'));
}

/** The words `[start, end)` as written, with the spacing and punctuation between them. */
export function phrase(tokens: readonly Token[], start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const token = tokens[i] as Token;
    out += token.written + (i < end - 1 ? token.post : token.post.startsWith('.') ? '.' : '');
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** A title right before the name at `start` ("Defense Secretary", "former President"), or null. */
export function roleBefore(tokens: readonly Token[], start: number): string | null {
  let end = start;
  const sentence = tokens[start]?.sentence;
  const at = (i: number) => {
    const token = tokens[i];
    return token && token.sentence === sentence && joinsNext(token) ? token : undefined;
  };
  while (at(end - 1) && HONORIFICS.has((at(end - 1) as Token).lower)) end--;
  const last = at(end - 1);
  if (!last || !isRoleNoun(last)) return null;
  let first = end - 1;
  while (end - first < MAX_BEFORE) {
    const token = tokens[first - 1];
    if (!token || token.sentence !== sentence) break;
    if (token.possessive && token.capital) {
      first--;
      break;
    }
    if (!joinsNext(token) || HONORIFICS.has(token.lower)) break;
    const fits =
      isRoleNoun(token) ||
      ROLE_MODIFIERS.has(token.lower) ||
      !STOP_TAGS.some((tag) => token.tags.has(tag));
    if (!fits) break;
    first--;
  }
  return phrase(tokens, first, end);
}

/** A comma phrase after the name ending at `end` that is a role ("the chairman of X"), or null. */
export function roleAfter(tokens: readonly Token[], end: number): string | null {
  const name = tokens[end - 1];
  if (!name || !/^\s*,/.test(name.post)) return null;
  let start = end;
  const opener = tokens[start];
  if (opener && /^(?:the|a|an)$/.test(opener.lower)) start++;
  let stop = start;
  let roleAt = -1;
  while (stop < tokens.length && stop - start < MAX_AFTER) {
    const token = tokens[stop] as Token;
    if (token.sentence !== name.sentence) break;
    if (roleAt < 0 && stop - start < ROLE_NOUN_WITHIN) {
      if (token.tags.has('Verb') || /^(?:who|which|whose|that)$/.test(token.lower)) return null;
      if (isRoleNoun(token)) roleAt = stop;
    }
    stop++;
    if (/[,.;:)(—–]|--/.test(token.post)) break;
  }
  if (roleAt < 0) return null;
  return phrase(tokens, start, stop);
}
