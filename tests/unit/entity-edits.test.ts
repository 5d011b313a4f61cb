import { describe, expect, it } from 'vitest';
import type { Entity } from '../../data/types';
import {
  entityProblems,
  mergeEntities,
  parseAliases,
  removeEntity,
  renameEntity,
  setEntityAliases,
  setEntityRole,
} from '../../lib/library/entity-edits';
import { person } from '../support/library';

const lavrov = { ...person('sergey-lavrov', 'Sergey Lavrov', ['Sergey Lavrov']), role: '' };
const lavrov2: Entity = {
  ...person('lavrov', 'Lavrov', ['Lavrov', 'sergey lavrov']),
  role: 'Foreign Minister',
  notBefore: ['Street'],
};
const kerry = person('john-kerry', 'John Kerry', ['John Kerry', 'Kerry']);
const entities = [lavrov, lavrov2, kerry];

describe('entity edits', () => {
  it('renames, sets the role and the aliases of one entity only', () => {
    expect(renameEntity(entities, 'john-kerry', 'Secretary Kerry')[2]?.name).toBe(
      'Secretary Kerry',
    );
    expect(setEntityRole(entities, 'john-kerry', 'Secretary of State')[2]?.role).toBe(
      'Secretary of State',
    );
    const edited = setEntityAliases(entities, 'john-kerry', ['Kerry']);
    expect(edited[2]?.aliases).toEqual(['Kerry']);
    expect(edited.slice(0, 2)).toEqual(entities.slice(0, 2));
  });

  it('removes one entity', () => {
    expect(removeEntity(entities, 'lavrov').map((e) => e.id)).toEqual([
      'sergey-lavrov',
      'john-kerry',
    ]);
  });

  it('merges one entity into another: aliases united, the target’s id, name and position kept', () => {
    const merged = mergeEntities(entities, 'lavrov', 'sergey-lavrov');
    expect(merged).toEqual([
      {
        ...lavrov,
        aliases: ['Sergey Lavrov', 'Lavrov'],
        role: 'Foreign Minister',
        notBefore: ['Street'],
      },
      kerry,
    ]);
  });

  it('keeps the target’s role over the merged one’s', () => {
    const merged = mergeEntities(entities, 'sergey-lavrov', 'lavrov');
    expect(merged[0]).toMatchObject({ id: 'lavrov', name: 'Lavrov', role: 'Foreign Minister' });
  });

  it.each([
    ['Lavrov, Sergey Lavrov', ['Lavrov', 'Sergey Lavrov']],
    ['Washington, D.C.\nWashington', ['Washington, D.C.', 'Washington']],
    ['  Kerry \n\n kerry\nJohn Kerry ', ['Kerry', 'John Kerry']],
    [' , \n', []],
  ])('reads the typed aliases %j', (typed, aliases) => {
    expect(parseAliases(typed)).toEqual(aliases);
  });

  it('says what stops saving: an empty name, no alias', () => {
    expect(entityProblems(entities)).toEqual([]);
    expect(entityProblems(renameEntity(entities, 'lavrov', ' '))).toEqual([
      'A name is empty: give it a name or remove it.',
    ]);
    expect(entityProblems(setEntityAliases(entities, 'lavrov', []))).toEqual([
      '“Lavrov” needs at least one form to find on pages.',
    ]);
  });
});

describe('a merge with a missing side', () => {
  it('changes nothing', () => {
    expect(mergeEntities(entities, 'lavrov', 'gone')).toEqual(entities);
    expect(mergeEntities(entities, 'gone', 'lavrov')).toEqual(entities);
    expect(mergeEntities(entities, 'lavrov', 'lavrov')).toEqual(entities);
  });
});
