import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createLibraryService } from '../../lib/library/library-service';
import type { LibraryStore } from '../../lib/library/library-store';
import { newArticle, person, testLibrary } from '../support/library';

const merkel = person('angela-merkel', 'Angela Merkel', ['Angela Merkel', 'Merkel']);
const story = newArticle(1, { text: 'Angela Merkel met Sergey Lavrov.', entities: [merkel] });

describe('createLibraryService', () => {
  it('serves the names and cards of the articles switched on, the bundled one included', async () => {
    const { library } = testLibrary();
    const { entry } = await library.add(story);
    const service = createLibraryService(library);
    const ids = (await service.entities()).map((e) => e.id);
    expect(ids).toContain('angela-merkel');
    expect(ids).toContain('john-kerry');
    const cards = await service.cards(['angela-merkel', 'john-kerry', 'nobody']);
    expect(Object.keys(cards)).toEqual(['angela-merkel', 'john-kerry']);
    expect(cards['angela-merkel']?.sources.map((s) => s.articleId)).toEqual([entry.article.id]);
  });

  it('reads the library again only after a change', async () => {
    const { library } = testLibrary();
    const { entry } = await library.add(story);
    const service = createLibraryService(library);
    expect((await service.entities()).some((e) => e.id === 'angela-merkel')).toBe(true);
    await library.setEnabled(entry.article.id, false);
    expect((await service.entities()).some((e) => e.id === 'angela-merkel')).toBe(true);
    service.changed();
    expect((await service.entities()).some((e) => e.id === 'angela-merkel')).toBe(false);
    expect(await service.cards(['angela-merkel'])).toEqual({});
  });

  it('serves the bundled article alone when the library cannot be read', async () => {
    const broken = {
      list: () => Promise.reject(new Error('The database is broken')),
    } as unknown as LibraryStore;
    const service = createLibraryService(broken);
    expect((await service.entities()).map((e) => e.id)).toContain('vladimir-putin');
    expect((await service.cards(['vladimir-putin']))['vladimir-putin']?.sources).toHaveLength(1);
  });
});
