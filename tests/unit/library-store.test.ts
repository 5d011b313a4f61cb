import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_ID } from '../../lib/library/article';
import { BUNDLED_ARTICLE } from '../../lib/library/bundled-article';
import {
  announceChange,
  type LibraryChange,
  watchLibrary,
} from '../../lib/library/library-changes';
import { LIBRARY_DB_VERSION, MIGRATIONS, openLibraryDb } from '../../lib/library/library-db';
import { LibraryError, MAX_TEXT_BYTES } from '../../lib/library/library-error';
import { newArticle, person, snapshot, testLibrary } from '../support/library';

describe('the library store', () => {
  it('starts with the bundled article alone, switched on', async () => {
    const { library } = testLibrary();
    const entries = await library.list();
    expect(entries.map((e) => [e.article.id, e.enabled, e.addedAt])).toEqual([
      [BUNDLED_ID, true, 0],
    ]);
    expect(entries[0]?.article.entities.length).toBeGreaterThan(10);
  });

  it('adds articles and lists them newest first, the bundled one last', async () => {
    const { library, changes } = testLibrary();
    const first = await library.add(newArticle(1));
    const second = await library.add(newArticle(2));
    expect([first.added, second.added]).toEqual([true, true]);
    const ids = (await library.list()).map((e) => e.article.id);
    expect(ids).toEqual([second.entry.article.id, first.entry.article.id, BUNDLED_ID]);
    expect(changes).toEqual([
      { ids: [first.entry.article.id] },
      { ids: [second.entry.article.id] },
    ]);
    const got = await library.get(first.entry.article.id);
    expect(got?.article.title).toBe('Article 1');
    expect(got?.article.sentences.map((s) => s.text)).toEqual([
      'Story 1.',
      'Sergey Lavrov met John Kerry in Geneva on day 1.',
    ]);
    expect(await library.get('nope')).toBeUndefined();
  });

  it.each([
    ['the same URL', { url: 'https://news.example/story-1' }],
    ['the URL with a fragment', { url: 'https://news.example/story-1#comments' }],
    ['the URL with tracking', { url: 'https://news.example/story-1?utm_source=x&fbclid=y' }],
    ['the same text', { url: 'https://other.example/copy', text: newArticle(1).text }],
    [
      'the text spaced otherwise',
      { url: '', text: `  Story 1.\n\nSergey Lavrov met John Kerry  in Geneva on day 1.` },
    ],
  ])('recognises the same article twice: %s', async (_, twin) => {
    const { library, changes } = testLibrary();
    const { entry } = await library.add(newArticle(1));
    const before = await snapshot(library);
    const again = await library.add(newArticle(9, twin));
    expect(again.added).toBe(false);
    expect(again.entry.article.id).toBe(entry.article.id);
    expect(await snapshot(library)).toEqual(before);
    expect(changes).toHaveLength(1);
  });

  it('recognises the bundled article pasted again', async () => {
    const { library, changes } = testLibrary();
    const again = await library.add(newArticle(1, { text: BUNDLED_ARTICLE.text }));
    expect(again).toMatchObject({ added: false, entry: { article: BUNDLED_ARTICLE } });
    expect((await library.list()).map((e) => e.article.id)).toEqual([BUNDLED_ID]);
    expect(changes).toEqual([]);
  });

  it('keeps apart articles whose URLs differ in what matters', async () => {
    const { library } = testLibrary();
    await library.add(newArticle(1, { url: 'https://news.example/a?id=1' }));
    const other = await library.add(newArticle(2, { url: 'https://news.example/a?id=2' }));
    expect(other.added).toBe(true);
  });

  it('switches articles, the bundled one too, off and on', async () => {
    const { library, changes } = testLibrary();
    const { entry } = await library.add(newArticle(1));
    await library.setEnabled(entry.article.id, false);
    await library.setEnabled(BUNDLED_ID, false);
    expect((await library.list()).map((e) => e.enabled)).toEqual([false, false]);
    await library.setEnabled(BUNDLED_ID, true);
    expect((await library.get(BUNDLED_ID))?.enabled).toBe(true);
    expect(changes.slice(1)).toEqual([
      { ids: [entry.article.id] },
      { ids: [BUNDLED_ID] },
      { ids: [BUNDLED_ID] },
    ]);
  });

  it('replaces an article’s entities (a rename)', async () => {
    const { library } = testLibrary();
    const { entry } = await library.add(newArticle(1));
    const renamed = [person('sergey-lavrov', 'Sergei Lavrov', ['Sergei Lavrov', 'Lavrov'])];
    await library.setEntities(entry.article.id, renamed);
    expect((await library.get(entry.article.id))?.article.entities).toEqual(renamed);
  });

  it('deletes an added article', async () => {
    const { library, changes } = testLibrary();
    const { entry } = await library.add(newArticle(1));
    await library.remove(entry.article.id);
    expect((await library.list()).map((e) => e.article.id)).toEqual([BUNDLED_ID]);
    expect(changes.at(-1)).toEqual({ ids: [entry.article.id] });
  });

  const tooLong = `${'a'.repeat(MAX_TEXT_BYTES - 2)}éé`;
  it.each([
    ['an empty text', (l: Lib) => l.add(newArticle(5, { text: '' })), 'empty-text', /no text/],
    ['a blank text', (l: Lib) => l.add(newArticle(5, { text: ' \n\t ' })), 'empty-text', /no text/],
    [
      'a text over 1 MB',
      (l: Lib) => l.add(newArticle(5, { text: tooLong })),
      'text-too-long',
      /1\.0 MB long; the library keeps articles up to 1 MB/,
    ],
    [
      'an entity with no name',
      (l: Lib) => l.add(newArticle(5, { entities: [person('x', '')] })),
      'bad-article',
      /`entities\[0\]\.name` is empty/,
    ],
    [
      'deleting the bundled article',
      (l: Lib) => l.remove(BUNDLED_ID),
      'bundled',
      /cannot be deleted; switch it off/,
    ],
    [
      'editing the bundled article',
      (l: Lib) => l.setEntities(BUNDLED_ID, []),
      'bundled',
      /cannot be edited/,
    ],
    [
      'deleting an unknown article',
      (l: Lib) => l.remove('nope'),
      'not-found',
      /no longer in the library/,
    ],
    [
      'switching an unknown article',
      (l: Lib) => l.setEnabled('nope', false),
      'not-found',
      /no longer/,
    ],
    [
      'renaming to a repeated id',
      (l: Lib) => l.setEntities('id-1', [person('a', 'A'), person('a', 'B')]),
      'bad-article',
      /`entities\[1\]\.id` repeats the id "a"/,
    ],
    [
      'an entity of an unknown kind',
      (l: Lib) => l.setEntities('id-1', [{ ...person('a', 'A'), kind: 'planet' as 'person' }]),
      'bad-article',
      /`entities\[0\]\.kind` should be one of person, place, organization/,
    ],
  ])('refuses %s with a clear message, the library unchanged', async (_, act, code, message) => {
    const { library, changes } = testLibrary();
    await library.add(newArticle(1));
    const before = await snapshot(library);
    const error = await act(library).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).code).toBe(code);
    expect((error as LibraryError).message).toMatch(message);
    expect(await snapshot(library)).toEqual(before);
    expect(changes).toHaveLength(1);
  });

  it('keeps the library between openings', async () => {
    const { library, factory } = testLibrary();
    await library.add(newArticle(1));
    await library.setEnabled(BUNDLED_ID, false);
    const before = await snapshot(library);
    await library.close();
    expect(await snapshot(testLibrary(factory).library)).toEqual(before);
  });
});

type Lib = ReturnType<typeof testLibrary>['library'];

describe('the library database', () => {
  it('is at the version of its last migration', async () => {
    const db = await openLibraryDb(new IDBFactory());
    expect(db.version).toBe(LIBRARY_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'switches']);
    db.close();
  });

  it('upgrades an older version by the steps it missed, keeping its articles', async () => {
    const factory = new IDBFactory();
    const { library } = testLibrary(factory);
    const { entry } = await library.add(newArticle(1));
    const steps: number[] = [];
    const v2 = [
      ...MIGRATIONS,
      (db: Parameters<(typeof MIGRATIONS)[number]>[0]) => {
        steps.push(db.version);
        db.createObjectStore('later' as 'switches');
      },
    ];
    // The library stays open meanwhile: it lets go for the upgrade.
    await library.list();
    const db = await openLibraryDb(factory, v2);
    expect(steps).toEqual([LIBRARY_DB_VERSION + 1]);
    expect(db.version).toBe(LIBRARY_DB_VERSION + 1);
    expect((await db.get('articles', entry.article.id))?.title).toBe('Article 1');
    db.close();
  });
});

describe('a full disk', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('refuses to add with a clear message, the library unchanged', async () => {
    const { library, changes } = testLibrary();
    await library.add(newArticle(1));
    const before = await snapshot(library);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const error = await library.add(newArticle(2)).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect((error as LibraryError).code).toBe('quota');
    expect((error as LibraryError).message).toMatch(/no room left.*nothing was saved/);
    expect(await snapshot(library)).toEqual(before);
    expect(changes).toHaveLength(1);
  });
});

describe('the change channel', () => {
  it('carries each change to the other contexts that watch, until they stop', async () => {
    const heard: LibraryChange[] = [];
    const stop = watchLibrary((change) => heard.push(change));
    announceChange({ ids: ['a'] });
    await vi.waitFor(() => expect(heard).toEqual([{ ids: ['a'] }]));
    stop();
    announceChange({ ids: ['b'] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual([{ ids: ['a'] }]);
  });
});
