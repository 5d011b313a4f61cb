import type { Token } from './tokens';
import { joinsNext } from './tokens';
import { AFTER_TITLE, HONORIFICS, isRoleWord, ROLE_MODIFIERS, ROLE_NOUNS } from './word-lists';

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

/** Words that open a noun phrase: a role starts after them. */
export const DETERMINERS = /^(?:the|a|an|his|her|their|its|our|my)$/;

/** The longest role before a name, in words. */
const MAX_BEFORE = 6;
/** The longest comma phrase after a name read as a role, in words. */
const MAX_AFTER = 16;
/** How far into a comma phrase its role noun may be ("the incoming Marine commandant"). */
const ROLE_NOUN_WITHIN = 5;

/** Whether a word is a role noun ("secretary", "farmer", "Sen.", "President-elect"). */
export function isRoleNoun(token: Token): boolean {
  const singular = token.lower.replace(/s$/, '');
  return (
    isRoleWord(token.lower) ||
    ROLE_NOUNS.has(singular) ||
    (!token.capital &&
      token.tags.has('Actor') &&
      !token.tags.has('Adjective') &&
      /(?:er|or|ist|ian|ant|ent|man|woman)$/.test(token.lower))
  );
}

/** Whether a word is an abbreviation or an initial, whose period does not end a sentence. */
function isAbbreviation(token: Token): boolean {
  return (
    token.tags.has('Abbreviation') || /^\p{Lu}$/u.test(token.text) || HONORIFICS.has(token.lower)
  );
}

/** The words `[start, end)` as written, with the spacing and punctuation between them. */
export function phrase(tokens: readonly Token[], start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const token = tokens[i] as Token;
    const period = token.post.startsWith('.') && isAbbreviation(token) ? '.' : '';
    out += token.written + (i < end - 1 ? token.post : period);
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
  const title = last && AFTER_TITLE.test(last.lower) ? at(end - 2) : last;
  if (!title || !isRoleNoun(title)) return null;
  let first = end - 1;
  while (end - first < MAX_BEFORE) {
    const token = tokens[first - 1];
    if (!token || token.sentence !== sentence) break;
    if (token.possessive && token.capital) {
      first--;
      break;
    }
    if (!joinsNext(token) || HONORIFICS.has(token.lower)) break;
    // A period ends the sentence before the title unless it closes an abbreviation ("Lt.").
    if (token.post.startsWith('.') && !isAbbreviation(token)) break;
    const fits =
      isRoleNoun(token) ||
      token.tags.has('Gerund') ||
      ROLE_MODIFIERS.has(token.lower) ||
      !STOP_TAGS.some((tag) => token.tags.has(tag));
    if (!fits) break;
    first--;
  }
  return phrase(tokens, first, end);
}

/** Whether the name `[start, end)` stands alone on its line (a heading over a quoted expert). */
function onOwnLine(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  const name = tokens[end - 1] as Token;
  return (before === undefined || before.post.includes('\n')) && name.post.includes('\n');
}

/** Where a role may start after the name: past ", who is", " is", or a line break; or -1. */
function afterName(tokens: readonly Token[], start: number, end: number): number {
  const name = tokens[end - 1] as Token;
  let at = end;
  const word = (i: number) => tokens[i]?.lower ?? '';
  if (/^\.?\s*,\s*$/.test(name.post)) {
    if (/^who['’]s$/i.test(tokens[at]?.written ?? '')) at++;
    else if (word(at) === 'who' && /^(?:is|was)$/.test(word(at + 1))) at += 2;
  } else if (/^ $/.test(name.post) && /^(?:is|was)$/.test(word(at))) {
    at++;
  } else if (!onOwnLine(tokens, start, end)) {
    return -1;
  }
  return at;
}

/**
 * A phrase after the name `[nameStart, end)` that is a role: an appositive ("X, the chairman of
 * Y,"), "X, who is a Y", "X is the Y", or the line under a name standing alone; or null.
 */
export function roleAfter(tokens: readonly Token[], nameStart: number, end: number): string | null {
  const name = tokens[end - 1];
  if (!name) return null;
  let start = afterName(tokens, nameStart, end);
  if (start < 0) return null;
  const opener = tokens[start];
  if (opener && DETERMINERS.test(opener.lower)) start++;
  let stop = start;
  let roleAt = -1;
  while (stop < tokens.length && stop - start < MAX_AFTER) {
    const token = tokens[stop] as Token;
    if (token.sentence !== (tokens[start] as Token).sentence) break;
    if (roleAt < 0 && stop - start < ROLE_NOUN_WITHIN) {
      if (token.tags.has('Verb') && !token.tags.has('Gerund')) return null;
      if (/^(?:who|which|whose|that)$/.test(token.lower)) return null;
      if (isRoleNoun(token)) roleAt = stop;
    }
    stop++;
    const next = tokens[stop];
    if (token.lower === 'and' && next && DETERMINERS.test(next.lower)) {
      stop--;
      break;
    }
    if (
      /[,.;:)(—–\n]|--/.test(token.post) ||
      /^(?:who|whose|which)$/.test(tokens[stop]?.lower ?? '')
    ) {
      break;
    }
  }
  if (roleAt < 0) return null;
  return phrase(tokens, start, stop);
}

/** The longest role set off by a comma before a name ("the head of the agency, Jane Doe"). */
const MAX_BEFORE_COMMA = 10;

/**
 * A noun phrase with a role noun, opened by a determiner and closed by a comma right before the
 * name at `start` ("a young minister, the Rev. Carlton Lee"), without the determiner; or null.
 */
export function roleBeforeComma(tokens: readonly Token[], start: number): string | null {
  let end = start;
  while (tokens[end - 1] && /^\.?\s*$/.test((tokens[end - 1] as Token).post)) {
    const token = tokens[end - 1] as Token;
    if (!HONORIFICS.has(token.lower) && !DETERMINERS.test(token.lower)) return null;
    end--;
  }
  const last = tokens[end - 1];
  if (!last || !/^\s*,\s*$/.test(last.post)) return null;
  let first = end - 1;
  let role = false;
  while (first >= 0 && end - first <= MAX_BEFORE_COMMA) {
    const token = tokens[first] as Token;
    if (token.sentence !== last.sentence || (first < end - 1 && /[,;:.]/.test(token.post))) {
      return null;
    }
    if (DETERMINERS.test(token.lower)) {
      if (role) return phrase(tokens, first + 1, end);
      // "the head of the agency": the role noun is before the preposition.
      if (!/^(?:of|at|for)$/.test(tokens[first - 1]?.lower ?? '')) return null;
    }
    if (token.tags.has('Verb') && !token.tags.has('Gerund')) return null;
    if (isRoleNoun(token)) role = true;
    first--;
  }
  return null;
}
