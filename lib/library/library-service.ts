import type { Entity } from '../../data/types';
import type { Article } from './article';
import { BUNDLED_ARTICLE } from './bundled-article';
import {
  type LibraryCardData,
  libraryCardData,
  mergedEntities,
  pageEntities,
} from './library-knowledge';
import type { LibraryStore } from './library-store';

/**
 * What the background knows of the library, for the pages: the names of the articles switched on
 * (compiled into their matcher) and the cards of those names (a content script cannot read the
 * extension's IndexedDB). Read once and kept until `changed()`; a library that cannot be read
 * serves the bundled article alone.
 */
export function createLibraryService(library: LibraryStore) {
  let state: Promise<{ articles: Article[]; entities: Entity[] }> | null = null;
  const current = () => {
    state ??= library
      .list()
      .then((entries) => entries.filter((entry) => entry.enabled).map((entry) => entry.article))
      .catch(() => [BUNDLED_ARTICLE])
      .then((articles) => ({ articles, entities: mergedEntities(articles) }));
    return state;
  };
  return {
    /** One entity per id from every article switched on, as pages search for them. */
    async entities(): Promise<Entity[]> {
      return pageEntities((await current()).entities);
    },
    /** The cards of `entityIds` (those nobody names any more are left out). */
    async cards(entityIds: readonly string[]): Promise<Record<string, LibraryCardData>> {
      const { articles, entities } = await current();
      const cards: Record<string, LibraryCardData> = {};
      for (const id of entityIds) {
        const card = libraryCardData(articles, id, entities);
        if (card) cards[id] = card;
      }
      return cards;
    },
    /** The library changed: read it again on next use. */
    changed(): void {
      state = null;
    },
  };
}
