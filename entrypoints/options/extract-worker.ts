import type { Entity } from '../../data/types';
import { LibraryError } from '../../lib/library/library-error';
import { type ArticleSource, newArticle } from '../../lib/library/new-article';
import type { ExtractionReply } from './extract-in-worker';

// Finds an article's names off the page's main thread: on a long text it takes about half a
// second, which would freeze the page's busy state and every click meanwhile.
globalThis.addEventListener('message', (event: Event) => {
  const { source, known } = (event as MessageEvent<{ source: ArticleSource; known: Entity[] }>)
    .data;
  let reply: ExtractionReply;
  try {
    reply = { article: newArticle(source, known) };
  } catch (error) {
    reply =
      error instanceof LibraryError
        ? { refused: { code: error.code, message: error.message } }
        : { failed: String(error) };
  }
  globalThis.postMessage(reply);
});
