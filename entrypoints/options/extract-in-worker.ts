import type { NewArticleExtractor } from '../../components/AddArticle';
import { LibraryError, type LibraryErrorCode } from '../../lib/library/library-error';
import type { NewArticle } from '../../lib/library/library-store';

/** What the worker answers: the article, the library's refusal, or another failure. */
export type ExtractionReply =
  | { article: NewArticle }
  | { refused: { code: LibraryErrorCode; message: string } }
  | { failed: string };

/** `newArticle` run in a worker of its own, ended once it answers. */
export const extractInWorker: NewArticleExtractor = (source, known) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.addEventListener('message', (event: MessageEvent<ExtractionReply>) => {
      worker.terminate();
      const reply = event.data;
      if ('article' in reply) resolve(reply.article);
      else if ('refused' in reply)
        reject(new LibraryError(reply.refused.code, reply.refused.message));
      else reject(new Error(reply.failed));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The names could not be found.'));
    });
    worker.postMessage({ source, known });
  });
