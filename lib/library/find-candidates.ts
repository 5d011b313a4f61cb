import { joinsNext, type Token } from './tokens';
import {
  HONORIFICS,
  isNotPersonWord,
  isRoleWord,
  MONTHS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  WEEKDAYS,
} from './word-lists';
import { isCommon, isGiven } from './words';

/** A stretch of capitalised words that may name a person: tokens `[start, end)`. */
export interface Candidate {
  /** First token of the name, titles and honorifics left out. */
  start: number;
  /** One past the last token of the name. */
  end: number;
  /** Whether a title or an honorific stood before the name in the same run ("Gen.", "President"). */
  titled: boolean;
  /** Letters for an office written after the name ("MP"), a role when no other is given. */
  postNominal?: string;
}

/** The longest name a candidate may have, particles and suffixes not counted. */
const MAX_WORDS = 4;

/** Tags of words that do not go on a name, even capitalised in a headline. */
const BREAKING_TAGS = ['Verb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb'];

/** Whether a token can be part of a name run. */
function inName(token: Token): boolean {
  if (/\d/.test(token.text)) return false;
  if (token.capital)
    return !BREAKING_TAGS.some((tag) => token.tags.has(tag)) || isGiven(token.lower);
  return NAME_PARTICLES.has(token.lower);
}

/** Whether a token is a lower-case name particle ("van"; "Al" is a name). */
function isParticle(token: Token): boolean {
  return !token.capital && NAME_PARTICLES.has(token.lower);
}

/** Whether a token is a title or an honorific ("Secretary", "Gen.", "Mr."). */
function isTitle(token: Token): boolean {
  return HONORIFICS.has(token.lower) || isRoleWord(token.lower);
}

/**
 * Whether a token may be left out before a name: a title, or a common word opening a sentence
 * ("But", "Defense") unless compromise reads it as part of a name ("Bill Caton").
 */
function isLeading(token: Token): boolean {
  if (isTitle(token)) return true;
  if (/^\p{Lu}$/u.test(token.text) && token.post.startsWith('.')) return false;
  return isCommon(token.lower) && !isGiven(token.lower) && !token.tags.has('Person');
}

/** Letters after a name for an office, an honour or a degree, as written. */
const POST_NOMINALS = new Set('MP MPs MEP MSP MLA MPP QC KC OBE MBE CBE KBE DBE PhD MD'.split(' '));

/**
 * Whether the word at `i` is a headline's verb or a sentence's opening participle before a full
 * name ("Needs Gerry Ford", "Citing John Locke"): a common word or an -ing form, not a given name
 * nor an initial, before one that is. A word that makes the run no person's ("Team") stays.
 */
function opensHeadline(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i] as Token;
  const next = tokens[i + 1];
  return (
    next !== undefined &&
    word.text.length > 1 &&
    (isCommon(word.lower) || /\p{L}{3}ing$/u.test(word.lower)) &&
    !isGiven(word.lower) &&
    !isNotPersonWord(word.lower) &&
    !word.tags.has('FirstName') &&
    isGiven(next.lower)
  );
}

/** Whether a lone word is a group of people or an adjective, not a name ("Democrats", "Koreans"). */
function isGroupWord(token: Token): boolean {
  if (token.tags.has('FirstName') || token.tags.has('LastName') || token.possessive) return false;
  if (token.tags.has('Plural') || token.tags.has('Demonym')) return true;
  // Acronym plurals ("MAUs"), web addresses ("Fool.com"), plural agent nouns ("Searchers").
  return /^\p{Lu}{2,}s$|\.\p{Ll}|\p{Ll}(?:ers|ors|ists|ians|ans|ats|ites)$/u.test(token.text);
}

/**
 * Whether a name part holds a word no person's name has (an organisation's, a date's). A month
 * after a given name is a surname ("Theresa May").
 */
function hasForeignWord(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const { lower } = tokens[i] as Token;
    if (isNotPersonWord(lower) || WEEKDAYS.has(lower)) return true;
    const surname = i === end - 1 && i > start && isGiven((tokens[i - 1] as Token).lower);
    if (MONTHS.has(lower) && !surname) return true;
  }
  return false;
}

/** Trims a run to its name: leading titles and common words, particles at either end. */
function trimRun(tokens: readonly Token[], start: number, runEnd: number): Candidate | null {
  let end = runEnd;
  let s = start;
  let titled = false;
  // Honours and degrees after a name are not part of it ("Tasmina Ahmed-Sheikh MP").
  let postNominal: string | undefined;
  while (end - 1 > s && POST_NOMINALS.has((tokens[end - 1] as Token).text)) {
    postNominal = (tokens[end - 1] as Token).text;
    end--;
  }
  while (s < end - 1 && (isLeading(tokens[s] as Token) || opensHeadline(tokens, s))) {
    const { lower } = tokens[s] as Token;
    if (HONORIFICS.has(lower) || isRoleWord(lower)) titled = true;
    s++;
  }
  for (let k = end - 2; k >= s; k--) {
    const inner = tokens.slice(s, k + 1);
    // A given name keeps the title after it in the name, unless a title follows it at once
    // ("South Carolina Congressman James Clyburn": Carolina is a place there).
    const named = inner.some(
      (t, j) => isGiven(t.lower) && !isTitle(t) && !isTitle(inner[j + 1] ?? t),
    );
    if (!isTitle(tokens[k] as Token) || named) continue;
    s = k + 1;
    titled = true;
    break;
  }
  let e = end;
  while (e > s && isParticle(tokens[e - 1] as Token)) e--;
  while (s < e && isParticle(tokens[s] as Token)) s++;
  if (s >= e) return null;
  const first = tokens[s] as Token;
  if (e - s === 1 && ((isLeading(first) && !titled) || isGroupWord(first))) return null;
  let words = 0;
  for (let i = s; i < e; i++) {
    const { lower } = tokens[i] as Token;
    if (!NAME_PARTICLES.has(lower) && !NAME_SUFFIXES.has(lower)) words++;
  }
  if (words === 0 || words > MAX_WORDS || hasForeignWord(tokens, s, e)) return null;
  if (isTitle(tokens[e - 1] as Token)) return null;
  return postNominal ? { start: s, end: e, titled, postNominal } : { start: s, end: e, titled };
}

/** Every run of capitalised words in the article, trimmed to a possible name. */
export function findCandidates(tokens: readonly Token[]): Candidate[] {
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!inName(tokens[i] as Token) || !(tokens[i] as Token).capital) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length) {
      const previous = tokens[end - 1] as Token;
      const next = tokens[end] as Token;
      // compromise ends a sentence after an initial ("R. David Edelman").
      const initial = /^\p{Lu}$/u.test(previous.text);
      if (!joinsNext(previous) || (next.sentence !== previous.sentence && !initial)) break;
      if (next.pre.trim() !== '') break;
      if (!inName(next)) break;
      end++;
    }
    const candidate = trimRun(tokens, i, end);
    if (candidate) candidates.push(candidate);
    i = end;
  }
  return candidates;
}
