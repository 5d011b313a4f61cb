import type { Token } from './tokens';
import type { ExtractedPerson } from './types';
import { NAME_PARTICLES, NAME_SUFFIXES } from './word-lists';

/** One occurrence of a name found as a person: tokens `[start, end)` and the role beside it. */
export interface PersonMention {
  /** First token of the name. */
  start: number;
  /** One past the last token. */
  end: number;
  /** The role given at this occurrence, or null. */
  role: string | null;
  /** Whether the role is a title right before the name ("President Obama"). */
  byTitle: boolean;
  /** Whether the name is in a Title Case heading: it may join a person but not make one. */
  weak: boolean;
  /** A role the text gives nearby without naming them ("The former vice president …"). */
  fallbackRole?: string;
}

/** A person being assembled from the forms of their name. */
interface Group {
  /** The name's words, lower-cased, without periods (the fullest form so far). */
  words: string[];
  /** The fullest form as written, possessive removed. */
  name: string;
  /** Each form as written. */
  aliases: Set<string>;
  /** Roles in text order with the token index they were found at. */
  roles: { at: number; role: string }[];
  /** Roles to fall back on (from descriptions), in the same shape. */
  fallbacks: { at: number; role: string }[];
  /** Token indices already counted as mentions. */
  seen: Set<number>;
}

/** The words of a name that identify it: lower case, periods, particles and suffixes out. */
function keyWords(tokens: readonly Token[], start: number, end: number): string[] {
  const words: string[] = [];
  for (let i = start; i < end; i++) {
    const word = (tokens[i] as Token).lower.replace(/\./g, '');
    if (!NAME_PARTICLES.has(word)) words.push(word);
  }
  return words;
}

/** The form as written, the possessive ending kept or dropped. */
function form(tokens: readonly Token[], start: number, end: number, written: boolean): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const token = tokens[i] as Token;
    const text = written ? token.written : token.text;
    const dot =
      token.post.startsWith('.') &&
      (token.tags.has('Abbreviation') ||
        /^\p{Lu}$/u.test(token.text) ||
        NAME_SUFFIXES.has(token.lower));
    out += text + (dot ? '.' : '') + (i < end - 1 ? (token.post.includes('-') ? '-' : ' ') : '');
  }
  return out;
}

/** A name's words split into the name proper and its generational suffix ("jr", "iii"), if any. */
function splitSuffix(words: readonly string[]): [string[], string | undefined] {
  const last = words.at(-1);
  return last !== undefined && NAME_SUFFIXES.has(last) && words.length > 1
    ? [words.slice(0, -1), last]
    : [[...words], undefined];
}

/** A name's surname: its last word before any suffix. */
function surname(words: readonly string[]): string | undefined {
  return splitSuffix(words)[0].at(-1);
}

/**
 * Whether the short name is a form of the long one: same surname and same or no suffix, and
 * same first word or a tail ("Seddique Mateen" of "Seddique Mir Mateen", "Mateen" of both).
 */
function isFormOf(shortWords: readonly string[], longWords: readonly string[]): boolean {
  const [short, shortSuffix] = splitSuffix(shortWords);
  const [long, longSuffix] = splitSuffix(longWords);
  if (shortSuffix !== undefined && shortSuffix !== longSuffix) return false;
  if (short.length > long.length || short.at(-1) !== long.at(-1)) return false;
  if (short[0] === long[0]) return short.every((word) => long.includes(word));
  return long.slice(long.length - short.length).every((word, i) => word === short[i]);
}

/**
 * Groups the mentions into people: full names first, longest first; a shorter name joins the full
 * name it is a form of; a single word joins the most mentioned person whose surname it is, or else
 * whose given name it is; other capitalised words equal to a person's surname count as mentions.
 */
export function mergePeople(
  tokens: readonly Token[],
  mentions: readonly PersonMention[],
  personTokens: Set<number> = new Set(),
): ExtractedPerson[] {
  const keyed = mentions.map((mention) => ({
    ...mention,
    words: keyWords(tokens, mention.start, mention.end),
  }));
  const order = [...keyed].sort(
    (a, b) =>
      Number(a.weak) - Number(b.weak) || b.words.length - a.words.length || a.start - b.start,
  );
  const groups: Group[] = [];
  const add = (
    group: Group,
    start: number,
    end: number,
    role: string | null,
    fallback?: string,
  ) => {
    group.aliases.add(form(tokens, start, end, true));
    for (let i = start; i < end; i++) group.seen.add(i);
    if (role) group.roles.push({ at: start, role });
    if (fallback) group.fallbacks.push({ at: start, role: fallback });
  };
  const count = (group: Group) => group.roles.length + group.seen.size;
  for (const mention of order) {
    if (mention.words.length === 0) continue;
    let group: Group | undefined;
    if (mention.words.length > 1) {
      group = groups.find((g) => isFormOf(mention.words, g.words));
    } else {
      const [word] = mention.words;
      const bySurname = groups.filter((g) => g.words.length > 1 && surname(g.words) === word);
      const byOther = groups.filter((g) => g.words.length > 1 && g.words.includes(word as string));
      const same = groups.find((g) => g.words.length === 1 && g.words[0] === word);
      const fits = (g: Group) =>
        !mention.byTitle || mention.role === null || rolesAgree(g, mention.role);
      group =
        bySurname.filter(fits).sort((a, b) => count(b) - count(a))[0] ??
        (byOther.length === 1 && fits(byOther[0] as Group) ? byOther[0] : undefined) ??
        same;
    }
    if (!group && mention.weak) {
      // A heading may give the full name of someone the text calls by surname only.
      const last = surname(mention.words);
      group = groups.find((g) => g.words.length === 1 && g.words[0] === last);
      if (!group) continue;
      group.words = mention.words;
      group.name = form(tokens, mention.start, mention.end, false);
    }
    if (!group) {
      group = {
        words: mention.words,
        name: form(tokens, mention.start, mention.end, false),
        aliases: new Set(),
        roles: [],
        fallbacks: [],
        seen: new Set(),
      };
      groups.push(group);
    }
    add(group, mention.start, mention.end, mention.role, mention.fallbackRole);
  }
  tokens.forEach((token, i) => {
    if (!token.capital) return;
    const word = token.lower.replace(/\./g, '');
    const owner = groups
      .filter((g) => g.words.length > 1 && surname(g.words) === word && !g.seen.has(i))
      .sort((a, b) => count(b) - count(a))[0];
    if (owner && !groups.some((g) => g.seen.has(i))) add(owner, i, i + 1, null);
  });
  for (const group of groups) for (const i of group.seen) personTokens.add(i);
  return groups
    .map((group) => ({
      name: group.name,
      aliases: [...group.aliases],
      role: earliest(group.roles) ?? earliest(group.fallbacks) ?? null,
      mentions: countMentions(group.seen),
    }))
    .sort((a, b) => b.mentions - a.mentions);
}

/** The role found first in the text. */
const earliest = (roles: { at: number; role: string }[]) =>
  roles.sort((a, b) => a.at - b.at)[0]?.role;

/** The words of a role, lower-cased, punctuation left out. */
function roleWords(role: string): string {
  return ` ${role
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/**
 * Whether a role given with a lone surname fits a person: they have no role yet, or one of the
 * two roles holds the other ("President Obama" is not "First Lady Michelle Obama").
 */
function rolesAgree(group: Group, role: string): boolean {
  if (group.roles.length === 0) return true;
  const mine = roleWords(role);
  return group.roles.some(({ role: theirs }) => {
    const other = roleWords(theirs);
    return other.includes(mine) || mine.includes(other);
  });
}

/** The number of separate mentions among token indices (adjacent indices are one mention). */
function countMentions(seen: ReadonlySet<number>): number {
  let mentions = 0;
  for (const i of seen) if (!seen.has(i - 1)) mentions++;
  return mentions;
}
