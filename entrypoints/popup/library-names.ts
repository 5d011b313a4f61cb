import { useEffect, useState } from 'preact/hooks';
import type { Entity } from '../../data/types';
import type { Article } from '../../lib/library/article';
import { BUNDLED_ARTICLE } from '../../lib/library/bundled-article';
import { watchLibrary } from '../../lib/library/library-changes';
import { libraryCardData, mergedEntities } from '../../lib/library/library-knowledge';
import { openLibrary } from '../../lib/library/library-store';

/** The names the popup lists and searches: those of every article switched on. */
export interface LibraryNames {
  entities: readonly Entity[];
  nameOf: (entityId: string) => string;
  contentOf: (entityId: string) => ReturnType<typeof libraryCardData>;
}

function namesOf(articles: readonly Article[]): LibraryNames {
  const entities = mergedEntities(articles);
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  return {
    entities,
    nameOf: (id) => names.get(id) ?? id,
    contentOf: (id) => libraryCardData(articles, id, entities),
  };
}

const library = openLibrary();

/** Reads the articles switched on (the bundled one alone until then, or if the library fails). */
async function readNames(): Promise<LibraryNames> {
  const entries = await library.list().catch(() => null);
  if (!entries) return namesOf([BUNDLED_ARTICLE]);
  return namesOf(entries.filter((entry) => entry.enabled).map((entry) => entry.article));
}

/** The library's names, read again whenever another page changes the library. */
export function useLibraryNames(): LibraryNames {
  const [names, setNames] = useState(() => namesOf([BUNDLED_ARTICLE]));
  useEffect(() => {
    const read = () => void readNames().then(setNames);
    read();
    return watchLibrary(read);
  }, []);
  return names;
}
