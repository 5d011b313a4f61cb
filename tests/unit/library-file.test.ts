import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_ID } from '../../lib/library/article';
import { BUNDLED_ARTICLE } from '../../lib/library/bundled-article';
import { LibraryError, MAX_TEXT_BYTES } from '../../lib/library/library-error';
import {
  exportLibrary,
  importLibrary,
  LIBRARY_FILE_FORMAT,
  LIBRARY_FILE_VERSION,
  libraryFileName,
  MAX_FILE_BYTES,
  parseLibraryFile,
} from '../../lib/library/library-file';
import { newArticle, person, snapshot, testLibrary } from '../support/library';

const EXPORTED_AT = new Date('2026-12-05T06:00:00Z');

/** A library with three articles, one switched off and one renamed, and its export. */
async function exported() {
  const { library } = testLibrary();
  const ids: string[] = [];
  for (const n of [1, 2, 3]) ids.push((await library.add(newArticle(n))).entry.article.id);
  await library.setEnabled(ids[1] as string, false);
  await library.setEntities(ids[2] as string, [person('lavrov', 'Sergei Lavrov', ['Lavrov'])]);
  return { library, text: await exportLibrary(library, () => EXPORTED_AT) };
}

/** The JSON of an export, changed by `change`. */
async function exportedWith(change: (file: Record<string, unknown>) => void): Promise<string> {
  const file = JSON.parse((await exported()).text) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

const article = (file: Record<string, unknown>, i: number) =>
  (file.articles as Record<string, unknown>[])[i] as Record<string, unknown>;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('exporting the library', () => {
  it('writes every added article, newest first, in the versioned format', async () => {
    const { library, text } = await exported();
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      format: LIBRARY_FILE_FORMAT,
      version: LIBRARY_FILE_VERSION,
      exportedAt: EXPORTED_AT.toISOString(),
    });
    expect(file.articles.map((a: { title: string }) => a.title)).toEqual([
      'Article 3',
      'Article 2',
      'Article 1',
    ]);
    expect(file.articles[0]).not.toHaveProperty('textHash');
    expect(file.articles[0]).not.toHaveProperty('sentences');
    expect(await library.records()).toEqual(file.articles);
    expect(libraryFileName(EXPORTED_AT)).toBe('backstory-library-2026-12-05.json');
  });

  it('round-trips: imported into an empty library, it gives an equal library', async () => {
    const { library, text } = await exported();
    const { library: empty, changes } = testLibrary();
    const result = await importLibrary(empty, text, undefined);
    expect(result.added).toHaveLength(3);
    expect(result.skipped).toEqual([]);
    expect(await snapshot(empty)).toEqual(await snapshot(library));
    expect(changes).toEqual([{ ids: result.added }]);
  });

  it('skips on import the bundled article’s text', async () => {
    const { library } = testLibrary();
    const text = await exportedWith((f) => {
      article(f, 0).text = BUNDLED_ARTICLE.text;
    });
    const { added, skipped } = await importLibrary(library, text, undefined);
    expect([added.length, skipped.length]).toEqual([2, 1]);
  });

  it('skips on import the articles the library already has', async () => {
    const { library, text } = await exported();
    const before = await snapshot(library);
    expect(await importLibrary(library, text, undefined)).toMatchObject({ added: [] });
    expect(await snapshot(library)).toEqual(before);
  });
});

describe('importing a bad file', () => {
  const big = `${'a'.repeat(MAX_TEXT_BYTES)}!`;
  it.each<[string, () => Promise<string>, string, RegExp]>([
    ['not JSON', async () => 'hello, world', 'not-json', /not a Backstory library: it is not JSON/],
    ['a JSON list', async () => '[1, 2]', 'not-ours', /not a Backstory library \(its "format"/],
    [
      'another format',
      () =>
        exportedWith((f) => {
          f.format = 'pocket';
        }),
      'not-ours',
      /not a Backstory library/,
    ],
    [
      'a newer version',
      () =>
        exportedWith((f) => {
          f.version = 2;
        }),
      'newer-version',
      /newer Backstory \(file version 2; this one reads up to version 1\)/,
    ],
    [
      'no version',
      () =>
        exportedWith((f) => {
          delete f.version;
        }),
      'damaged',
      /damaged: `version` should be a whole number, not missing/,
    ],
    [
      'no articles',
      () =>
        exportedWith((f) => {
          delete f.articles;
        }),
      'damaged',
      /damaged: `articles` is missing or not a list/,
    ],
    [
      'no article at all',
      () =>
        exportedWith((f) => {
          f.articles = [];
        }),
      'empty-file',
      /holds no articles/,
    ],
    [
      'an article without text',
      () =>
        exportedWith((f) => {
          delete article(f, 1).text;
        }),
      'damaged',
      /damaged: article 1 \(“Article 2”\): `text` is missing/,
    ],
    [
      'a wrongly typed field',
      () =>
        exportedWith((f) => {
          article(f, 2).enabled = 'yes';
        }),
      'damaged',
      /article 2 \(“Article 1”\): `enabled` should be true or false, not a string/,
    ],
    [
      'a damaged entity',
      () =>
        exportedWith((f) => {
          (article(f, 0).entities as Record<string, unknown>[])[0] = {
            id: 'x',
            name: 'X',
            kind: 'person',
            role: '',
            background: [],
          };
        }),
      'damaged',
      /article 0 \(“Article 3”\): `entities\[0\]\.aliases` is missing/,
    ],
    [
      'an article that is not an object',
      () =>
        exportedWith((f) => {
          (f.articles as unknown[])[1] = 'text';
        }),
      'damaged',
      /article 1: `article` should be an object, not a string/,
    ],
    [
      'two articles with one id',
      () =>
        exportedWith((f) => {
          article(f, 2).id = article(f, 0).id;
        }),
      'damaged',
      /article 2 \(“Article 1”\) has the same id as article 0/,
    ],
    [
      'an empty text',
      () =>
        exportedWith((f) => {
          article(f, 0).text = '  ';
        }),
      'empty-text',
      /Article 0 \(“Article 3”\) of the file has no text/,
    ],
    [
      'a text over 1 MB',
      () =>
        exportedWith((f) => {
          article(f, 0).text = big;
        }),
      'text-too-long',
      /Article 0 \(“Article 3”\) of the file is 1\.0 MB long/,
    ],
    [
      'a file over the size limit',
      async () => ' '.repeat(MAX_FILE_BYTES + 1),
      'file-too-large',
      /at most 64\.0 MB/,
    ],
  ])('refuses %s with a clear message, the library unchanged', async (_, make, code, message) => {
    const { library, changes } = testLibrary();
    await library.add(newArticle(7));
    await library.setEnabled(BUNDLED_ID, false);
    const before = await snapshot(library);
    const error = await importLibrary(library, await make(), undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).code).toBe(code);
    expect((error as LibraryError).message).toMatch(message);
    expect(await snapshot(library)).toEqual(before);
    expect(changes).toHaveLength(2);
  });

  it('imports only the fields of an article: the rest of the file is not data it keeps', async () => {
    const text = await exportedWith((f) => {
      article(f, 0).html = '<img src=x onerror=alert(1)>';
      Object.assign((article(f, 0).entities as object[])[0] ?? {}, { onclick: 'x' });
    });
    const [record] = parseLibraryFile(text);
    expect(record).not.toHaveProperty('html');
    expect(record?.entities[0]).not.toHaveProperty('onclick');
  });
});

describe('an import over the storage quota', () => {
  it('is refused from the storage estimate before anything is written', async () => {
    const { text } = await exported();
    const { library } = testLibrary();
    const before = await snapshot(library);
    const estimate = async () => ({ usage: 1_000_000, quota: 1_002_000 });
    const error = await importLibrary(library, text, estimate).catch((e: unknown) => e);
    expect((error as LibraryError).code).toBe('quota');
    expect((error as LibraryError).message).toMatch(
      /needs about \d+ KB but the browser has only 2 KB left.*Nothing was imported/,
    );
    expect(await snapshot(library)).toEqual(before);
  });

  it('goes ahead when the estimate leaves room, or when there is none', async () => {
    const { text } = await exported();
    const roomy = async () => ({ usage: 0, quota: 1e9 });
    expect((await importLibrary(testLibrary().library, text, roomy)).added).toHaveLength(3);
    const broken = async () => Promise.reject(new Error('no estimate'));
    expect((await importLibrary(testLibrary().library, text, broken)).added).toHaveLength(3);
  });

  it('writes nothing when the disk fills up midway (one transaction)', async () => {
    const { text } = await exported();
    const { library, changes } = testLibrary();
    await library.add(newArticle(7));
    const before = await snapshot(library);
    const put = IDBObjectStore.prototype.put;
    let writes = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++writes > 1) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const error = await importLibrary(library, text, undefined).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(writes).toBe(2);
    expect((error as LibraryError).code).toBe('quota');
    expect((error as LibraryError).message).toMatch(/nothing was saved/);
    expect(await snapshot(library)).toEqual(before);
    expect(changes).toHaveLength(1);
  });
});
