import { describe, expect, it } from 'vitest';
import { ARTICLE } from '../../data/article';
import { ENTITIES } from '../../data/entities';
import { assertValidEntities, validateEntities } from '../../lib/text/validate-entities';

type Draft = Record<string, unknown>;

/** A mutable deep copy of John Kerry with `changes` applied; an `undefined` value removes a field. */
function kerryWith(changes: Draft): Draft {
  const kerry = structuredClone(ENTITIES.find((e) => e.id === 'john-kerry')) as unknown as Draft;
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) delete kerry[field];
    else kerry[field] = value;
  }
  return kerry;
}

/** The real entities with John Kerry replaced by `kerry` and any `extra` entities appended. */
function dataWith(kerry: unknown, ...extra: unknown[]): unknown[] {
  return [...ENTITIES.map((e) => (e.id === 'john-kerry' ? kerry : e)), ...extra];
}

const moscow = { text: 'He went to Moscow.', cites: [2] };

// Each row: the problem, the change to John Kerry, the field named, and part of the message.
const KERRY_CASES: [problem: string, changes: Draft, field: string, fragment: string][] = [
  ['a missing name', { name: undefined }, 'name', 'non-empty string'],
  ['an empty role', { role: ' ' }, 'role', 'non-empty string'],
  ['an unknown kind', { kind: 'people' }, 'kind', 'not "people"'],
  ['an alias listed twice', { aliases: ['Kerry', 'kerry'] }, 'aliases', 'listed twice'],
  ['no aliases', { aliases: [] }, 'aliases', 'non-empty list'],
  ['aliases that are not a list', { aliases: 'Kerry' }, 'aliases', 'list of strings'],
  ['a non-string alias', { aliases: ['Kerry', 42] }, 'aliases', '42 is not'],
  ['punctuation in an alias', { aliases: ['Kerry!'] }, 'aliases', 'alias "Kerry!" can only'],
  ['a double space in an alias', { aliases: ['John  Kerry'] }, 'aliases', 'single spaces'],
  ['a double hyphen in an alias', { aliases: ['John--Kerry'] }, 'aliases', 'single spaces'],
  ['a leading space in an alias', { aliases: [' Kerry'] }, 'aliases', 'alias " Kerry"'],
  ['a slash in an article alias', { articleAliases: ['Kerry/Edwards'] }, 'articleAliases', '/'],
  ['a veto that is not a list', { notAfter: 'County' }, 'notAfter', 'list of strings'],
  ['an empty veto', { notBefore: [''] }, 'notBefore', '"" is not'],
  ['a misspelt field', { notbefore: ['King'] }, 'notbefore', 'not a known field'],
  ['no background', { background: [] }, 'background', 'non-empty list'],
  ['a long background', { background: [moscow, moscow, moscow, moscow] }, 'background', 'to 3'],
  ['a background item that is text', { background: ['He went.'] }, 'background[0]', 'object'],
  [
    'a background without text',
    { background: [{ cites: [2] }] },
    'background[0].text',
    'non-empty',
  ],
  [
    'a background citing nothing',
    { background: [{ ...moscow, cites: [] }] },
    'background[0].cites',
    'at least one',
  ],
  [
    'a citation out of range',
    { background: [{ ...moscow, cites: [2, 99] }] },
    'background[0].cites',
    'sentence 99 is out of range',
  ],
  [
    'a citation of a sentence not naming it',
    { background: [{ ...moscow, cites: [2, 7] }] },
    'background[0].cites',
    'sentence 7 does not mention',
  ],
  [
    'an entity the article never names',
    { aliases: ['Senator Kerry'], forms: undefined },
    'aliases',
    'no alias or article alias occurs',
  ],
];

// Problems that need more than one entity, or that change how the entity is named.
const OTHER_CASES: [problem: string, data: unknown[], prefix: string, fragment: string][] = [
  ['a missing id', dataWith(kerryWith({ id: undefined })), 'entity #0: field "id"', 'non-empty'],
  [
    'a non-kebab id',
    dataWith(kerryWith({ id: 'John_Kerry' })),
    'entity "John_Kerry": field "id"',
    'kebab-case',
  ],
  [
    'a duplicate id',
    dataWith(kerryWith({}), kerryWith({ aliases: ['Senator Kerry'] })),
    'entity "john-kerry": field "id"',
    'id "john-kerry" is used by another entity',
  ],
  [
    'an alias claimed by two entities',
    dataWith(kerryWith({}), kerryWith({ id: 'kerry-county', kind: 'place', aliases: ['KERRY'] })),
    'entity "kerry-county": field "aliases"',
    'alias "KERRY" is also claimed by "john-kerry"',
  ],
  // A form of one entity that is also a form or alias of another: the matcher finds only one.
  [
    'a form that is an alias of another entity',
    dataWith(kerryWith({ forms: [{ lang: 'pl', names: ['John Kerry', 'Obama'] }] })),
    'entity "john-kerry": field "forms[0].names"',
    'form "Obama" (pl) is also alias "Obama" of entity "barack-obama" (field "aliases"), so the matcher would find only one of them; change data/entities/people-forms.ts',
  ],
  [
    'a case of a form that is a case of another entity’s form',
    dataWith(kerryWith({ forms: [{ lang: 'ru', names: ['Путин'] }] })),
    'entity "vladimir-putin": field "forms[4].names"',
    'form "Путина" (ru case of "Путин") is also form "Путина" (ru case of "Путин") of entity "john-kerry" (field "forms[0].names")',
  ],
  [
    'an alias that is a form of another entity (named as the form’s)',
    dataWith(kerryWith({ aliases: ['John Kerry', 'Kerry', 'Putina'] })),
    'entity "vladimir-putin": field "forms[1].names"',
    'form "Putina" (pl case of "Putin") is also alias "Putina" of entity "john-kerry" (field "aliases"), so the matcher would find only one of them; change data/entities/people-forms.ts',
  ],
  [
    'an alias of a place that is a case of a person’s form, in any case',
    dataWith(
      kerryWith({}),
      kerryWith({ id: 'putina-river', kind: 'place', aliases: ['PUTINA'], forms: undefined }),
    ),
    'entity "vladimir-putin": field "forms[1].names"',
    'is also alias "PUTINA" of entity "putina-river"',
  ],
  [
    'a place’s form that is a person’s alias, in the place’s file',
    dataWith(
      kerryWith({}),
      kerryWith({
        id: 'kerry-county',
        kind: 'place',
        aliases: ['County Kerry'],
        forms: [{ lang: 'ru', names: ['Керри'] }],
      }),
    ),
    'entity "kerry-county": field "forms[0].names"',
    'form "Керри" (ru) is also form "Керри" (ru) of entity "john-kerry" (field "forms[4].names"), so the matcher would find only one of them; change data/entities/places.ts',
  ],
];

describe('validateEntities', () => {
  it('accepts the real data', () => {
    expect(validateEntities(ENTITIES, ARTICLE.sentences)).toEqual([]);
  });

  it.each(KERRY_CASES)('reports %s', (_problem, changes, field, fragment) => {
    const problems = validateEntities(dataWith(kerryWith(changes)), ARTICLE.sentences);
    const prefix = `entity "john-kerry": field "${field}": `;
    expect(problems.filter((p) => p.startsWith(prefix) && p.includes(fragment))).toHaveLength(1);
  });

  it.each(OTHER_CASES)('reports %s', (_problem, data, prefix, fragment) => {
    const problems = validateEntities(data, ARTICLE.sentences);
    expect(problems.filter((p) => p.startsWith(prefix) && p.includes(fragment))).toHaveLength(1);
  });

  it('reports a value that is not an object by its position', () => {
    expect(validateEntities(['john-kerry'], ARTICLE.sentences)).toEqual([
      'entity #0: is not an object',
    ]);
  });
});

describe('assertValidEntities', () => {
  it('passes the real data', () => {
    expect(() => assertValidEntities(ENTITIES, ARTICLE.sentences)).not.toThrow();
  });

  it('throws with every problem listed', () => {
    const data = dataWith(kerryWith({ role: '', aliases: ['Kerry!'] }));
    expect(() => assertValidEntities(data, ARTICLE.sentences)).toThrow(
      /^Invalid entity data \(2\):\n- entity "john-kerry": field "role": .*\n- entity "john-kerry": field "aliases": /,
    );
  });
});
