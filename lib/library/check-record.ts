import type { BackgroundSentence, Entity, FormSet } from '../../data/types';
import { FORM_LANGUAGES } from '../../data/types';
import { ENTITY_KINDS } from '../kinds';
import { parseAlias } from '../text/compile-matcher';
import type { LibraryRecord } from './library-db';

/** What is wrong with a value at a path: "`entities[2].kind` should be one of …". */
class Problem extends Error {}

type Check<T> = (value: unknown, path: string) => T;

const fail = (path: string, what: string): never => {
  throw new Problem(`\`${path}\` ${what}`);
};
const typeName = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
const expect = (path: string, wanted: string, value: unknown): never =>
  fail(path, value === undefined ? 'is missing' : `should be ${wanted}, not ${typeName(value)}`);

const string: Check<string> = (v, path) => (typeof v === 'string' ? v : expect(path, 'text', v));
const nonEmpty: Check<string> = (v, path) =>
  string(v, path).trim() === '' ? fail(path, 'is empty') : (v as string);
const boolean: Check<boolean> = (v, path) =>
  typeof v === 'boolean' ? v : expect(path, 'true or false', v);
const number: Check<number> = (v, path) =>
  typeof v === 'number' && Number.isFinite(v) ? v : expect(path, 'a number', v);
const oneOf =
  <T extends string>(options: readonly T[]): Check<T> =>
  (v, path) =>
    options.includes(v as T) ? (v as T) : expect(path, `one of ${options.join(', ')}`, v);
const list =
  <T>(item: Check<T>): Check<T[]> =>
  (v, path) =>
    Array.isArray(v) ? v.map((x, i) => item(x, `${path}[${i}]`)) : expect(path, 'a list', v);
const object = (v: unknown, path: string): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : expect(path, 'an object', v);
const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v, path) =>
    v === undefined ? undefined : check(v, path);

const background: Check<BackgroundSentence> = (v, path) => {
  const o = object(v, path);
  return { text: string(o.text, `${path}.text`), cites: list(number)(o.cites, `${path}.cites`) };
};
const formSet: Check<FormSet> = (v, path) => {
  const o = object(v, path);
  return {
    lang: oneOf(FORM_LANGUAGES)(o.lang, `${path}.lang`),
    names: list(string)(o.names, `${path}.names`),
  };
};

/** A form the matcher can find on pages (words joined by spaces, hyphens or dots). */
const alias: Check<string> = (v, path) => {
  const parsed = parseAlias(nonEmpty(v, path));
  return typeof parsed === 'string'
    ? fail(path, `cannot be found on pages: ${parsed}`)
    : (v as string);
};
const aliases: Check<string[]> = (v, path) => {
  const checked = list(alias)(v, path);
  return checked.length === 0 ? fail(path, 'is empty: a name needs at least one form') : checked;
};

/** An entity as the library keeps it: only the known fields, each of its type. */
const entity: Check<Entity> = (v, path) => {
  const o = object(v, path);
  const checked: Entity = {
    id: nonEmpty(o.id, `${path}.id`),
    name: nonEmpty(o.name, `${path}.name`),
    kind: oneOf(ENTITY_KINDS)(o.kind, `${path}.kind`),
    aliases: aliases(o.aliases, `${path}.aliases`),
    role: string(o.role, `${path}.role`),
    background: list(background)(o.background, `${path}.background`),
  };
  const extras = {
    articleAliases: optional(list(nonEmpty))(o.articleAliases, `${path}.articleAliases`),
    notAfter: optional(list(nonEmpty))(o.notAfter, `${path}.notAfter`),
    notBefore: optional(list(nonEmpty))(o.notBefore, `${path}.notBefore`),
    forms: optional(list(formSet))(o.forms, `${path}.forms`),
  };
  for (const [key, value] of Object.entries(extras)) {
    if (value !== undefined) Object.assign(checked, { [key]: value });
  }
  return checked;
};

/** The entities of an article, checked, their ids unique. */
const entities: Check<Entity[]> = (v, path) => {
  const checked = list(entity)(v, path);
  const seen = new Set<string>();
  checked.forEach(({ id }, i) => {
    if (seen.has(id)) fail(`${path}[${i}].id`, `repeats the id "${id}"`);
    seen.add(id);
  });
  return checked;
};

/** The problem with `value` as an article's entities, or its checked copy. */
export function checkEntities(value: unknown): { entities: Entity[] } | { problem: string } {
  try {
    return { entities: entities(value, 'entities') };
  } catch (error) {
    if (error instanceof Problem) return { problem: error.message };
    throw error;
  }
}

/**
 * The problem with `value` as a library record (naming the field: "`entities[0].kind` is
 * missing"), or a copy holding only the record's fields, each of its type: imported data
 * never brings anything else in.
 */
export function checkRecord(value: unknown): { record: LibraryRecord } | { problem: string } {
  try {
    const o = object(value, 'article');
    const record: LibraryRecord = {
      id: nonEmpty(o.id, 'id'),
      title: string(o.title, 'title'),
      site: string(o.site, 'site'),
      url: string(o.url, 'url'),
      byline: string(o.byline, 'byline'),
      published: string(o.published, 'published'),
      dateline: string(o.dateline, 'dateline'),
      text: string(o.text, 'text'),
      entities: entities(o.entities, 'entities'),
      enabled: boolean(o.enabled, 'enabled'),
      addedAt: number(o.addedAt, 'addedAt'),
    };
    return { record };
  } catch (error) {
    if (error instanceof Problem) return { problem: error.message };
    throw error;
  }
}
