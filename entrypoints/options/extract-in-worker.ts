import type { NewArticleExtractor } from '../../components/AddArticle';
import { LibraryError, type LibraryErrorCode } from '../../lib/library/library-error';
import type { NewArticle } from '../../lib/library/library-store';

/** What the worker answers: the article, the library's refusal, or another failure. */
export type ExtractionReply =
  | { article: NewArticle }
  | { refused: { code: LibraryErrorCode; message: string } }
  | { failed: string };

/** The part of a `Worker` the extraction uses. */
export type ExtractionWorker = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

const realWorker = (): ExtractionWorker =>
  new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' });

/** `newArticle` run in a worker of its own (made by `makeWorker`), ended once it answers. */
export function extractInWorker(
  makeWorker: () => ExtractionWorker = realWorker,
): NewArticleExtractor {
  return (source, known) =>
    new Promise((resolve, reject) => {
      const worker = makeWorker();
      worker.addEventListener('message', (event: MessageEvent<ExtractionReply>) => {
        worker.terminate();
        const reply = event.data;
        if ('article' in reply) resolve(reply.article);
        else if ('refused' in reply)
          reject(new LibraryError(reply.refused.code, reply.refused.message));
        else reject(new Error(reply.failed));
      });
      worker.addEventListener('error', (event: ErrorEvent) => {
        worker.terminate();
        reject(new Error(event.message || 'The names could not be found.'));
      });
      worker.postMessage({ source, known });
    });
}
