import { IDBFactory } from 'fake-indexeddb';
import type { Entity } from '../../data/types';
import type { LibraryChange } from '../../lib/library/library-changes';
import { type LibraryStore, type NewArticle, openLibrary } from '../../lib/library/library-store';

/** A person entity for test articles. */
export function person(id: string, name: string, aliases: string[] = [name]): Entity {
  return { id, name, kind: 'person', aliases, role: '', background: [] };
}

/** An article to add, `n` making its URL and text its own. */
export function newArticle(n: number, extra: Partial<NewArticle> = {}): NewArticle {
  return {
    title: `Article ${n}`,
    site: 'news.example',
    url: `https://news.example/story-${n}`,
    byline: 'A. Writer',
    published: `2024-05-0${n % 9}`,
    dateline: '',
    text: `Story ${n}. Sergey Lavrov met John Kerry in Geneva on day ${n}.`,
    entities: [person('sergey-lavrov', 'Sergey Lavrov', ['Sergey Lavrov', 'Lavrov'])],
    ...extra,
  };
}

/** A library on its own fake IndexedDB, with a clock that ticks and the changes it announced. */
export function testLibrary(factory: IDBFactory = new IDBFactory()): {
  library: LibraryStore;
  factory: IDBFactory;
  changes: LibraryChange[];
} {
  let time = 1_700_000_000_000;
  let id = 0;
  const changes: LibraryChange[] = [];
  const library = openLibrary({
    factory,
    now: () => (time += 1000),
    newId: () => `id-${++id}`,
    announce: (change) => changes.push(change),
  });
  return { library, factory, changes };
}

/** Everything the library holds, to compare before and after a refused operation. */
export async function snapshot(library: LibraryStore) {
  const entries = await library.list();
  return entries.map(({ article, enabled, addedAt }) => ({
    id: article.id,
    title: article.title,
    text: article.text,
    entities: article.entities,
    enabled,
    addedAt,
  }));
}
