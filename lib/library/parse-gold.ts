import type { GoldPage, GoldPerson } from './score-people';

/** One article of people-gold.json: the text to extract from and its labels. */
export interface GoldArticle extends GoldPage {
  /** The saved page's file name. */
  file: string;
  /** The article's title. */
  title: string;
  /** The article's main text. */
  text: string;
}

/** Thrown when the gold file does not have the expected shape; the message names the field. */
export class GoldFormatError extends Error {}

/** Whether `value` is a list of strings. */
function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** The person at `at`, checked field by field. */
function parsePerson(value: unknown, at: string): GoldPerson {
  if (typeof value !== 'object' || value === null)
    throw new GoldFormatError(`${at} is not an object`);
  const { name, forms, role } = value as Record<string, unknown>;
  if (typeof name !== 'string') throw new GoldFormatError(`${at}.name is not a string`);
  if (!isStrings(forms)) throw new GoldFormatError(`${at}.forms is not a list of strings`);
  if (role !== null && typeof role !== 'string') {
    throw new GoldFormatError(`${at}.role is neither a string nor null`);
  }
  return { name, forms, role };
}

/** The article at `at`, checked field by field. */
function parseArticle(value: unknown, at: string): GoldArticle {
  if (typeof value !== 'object' || value === null)
    throw new GoldFormatError(`${at} is not an object`);
  const { file, title, text, people, bylines } = value as Record<string, unknown>;
  for (const [field, content] of Object.entries({ file, title, text })) {
    if (typeof content !== 'string') throw new GoldFormatError(`${at}.${field} is not a string`);
  }
  if (!Array.isArray(people)) throw new GoldFormatError(`${at}.people is not a list`);
  if (!isStrings(bylines)) throw new GoldFormatError(`${at}.bylines is not a list of strings`);
  return {
    file: file as string,
    title: title as string,
    text: text as string,
    people: people.map((person, i) => parsePerson(person, `${at}.people[${i}]`)),
    bylines,
  };
}

/** The articles of a people-gold.json text; throws GoldFormatError naming the bad field. */
export function parseGold(json: string): GoldArticle[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new GoldFormatError(`not JSON (${(error as Error).message})`);
  }
  if (typeof data !== 'object' || data === null) throw new GoldFormatError('not a JSON object');
  const { pages } = data as Record<string, unknown>;
  if (!Array.isArray(pages)) throw new GoldFormatError('pages is not a list');
  return pages.map((page, i) => parseArticle(page, `pages[${i}]`));
}
