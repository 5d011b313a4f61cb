import { joinsNext, type Token } from './tokens';
import type { ExtractedName } from './types';
import { MONTHS, WEEKDAYS } from './word-lists';
import { isCommon } from './words';

/** Places and organisations found in an article. */
export interface PlacesAndOrganizations {
  /** Places, most mentioned first. */
  places: ExtractedName[];
  /** Organisations, most mentioned first. */
  organizations: ExtractedName[];
}

/** Lower-case words that may sit inside a name ("Bank of America", "Center for Strategic Studies"). */
const LINKS = new Set(['of', 'for', 'the', 'de', 'du', 'la']);

/** Whether compromise read the word as a place or an organisation ("Place", "Organization"). */
function kindOf(token: Token | undefined): 'place' | 'organization' | null {
  if (!token?.capital || /\d/.test(token.text) || token.tags.has('Demonym')) return null;
  if (token.tags.has('Organization')) return 'organization';
  if (token.tags.has('Place')) return 'place';
  return null;
}

/** Whether a word is an abbreviation whose period the name keeps ("St.", "Corp."). */
function abbreviated(token: Token): boolean {
  return token.post.startsWith('.') && token.tags.has('Abbreviation');
}

/** Adds one occurrence of a name to its entry, forms compared in lower case. */
function addName(found: Map<string, ExtractedName>, written: string, bare: string): void {
  const key = bare.toLowerCase();
  const entry = found.get(key) ?? { name: bare, aliases: [], mentions: 0 };
  if (!entry.aliases.includes(written)) entry.aliases.push(written);
  entry.mentions++;
  found.set(key, entry);
}

/** The entries, most mentioned first. */
function ranked(found: Map<string, ExtractedName>): ExtractedName[] {
  return [...found.values()].sort((a, b) => b.mentions - a.mentions);
}

/**
 * The places and organisations compromise tags in the article, as runs of capitalised words
 * (people's words, headings' lone words, months, weekdays and common words alone left out).
 */
export function findPlacesAndOrganizations(
  tokens: readonly Token[],
  personTokens: ReadonlySet<number>,
): PlacesAndOrganizations {
  const places = new Map<string, ExtractedName>();
  const organizations = new Map<string, ExtractedName>();
  let i = 0;
  while (i < tokens.length) {
    const kind = personTokens.has(i) ? null : kindOf(tokens[i] as Token);
    if (kind === null) {
      i++;
      continue;
    }
    let end = i + 1;
    let organization = kind === 'organization';
    while (end < tokens.length && !personTokens.has(end)) {
      const previous = tokens[end - 1] as Token;
      const next = tokens[end] as Token;
      if (!joinsNext(previous) || next.sentence !== previous.sentence || next.pre.trim()) break;
      const link = LINKS.has(next.lower) && kindOf(tokens[end + 1]) !== null;
      if (!next.capital && !link) break;
      // An organisation's name goes on through unknown capitalised words; a place's does not.
      if (next.capital && !kindOf(next) && !(organization && next.tags.has('ProperNoun'))) break;
      if (kindOf(next) === 'organization') organization = true;
      end++;
    }
    const start = i;
    i = end;
    const words = tokens
      .slice(start, end)
      .filter((word, k) => k > 0 || !/^(?:the|a|an)$/.test(word.lower));
    if (words.length === 0) continue;
    const first = words[0] as Token;
    const alone = words.length === 1;
    const skip =
      (alone && ((first.sentenceStart && isCommon(first.lower)) || first.text.length < 2)) ||
      words.some((word) => MONTHS.has(word.lower) || WEEKDAYS.has(word.lower));
    if (!skip) {
      const text = words.map((word) => word.text + (abbreviated(word) ? '.' : ''));
      const bare = text.join(' ');
      const written = [...text.slice(0, -1), (words.at(-1) as Token).written].join(' ');
      addName(organization ? organizations : places, written, bare);
    }
  }
  return { places: ranked(places), organizations: ranked(organizations) };
}
