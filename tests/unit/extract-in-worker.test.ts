import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ExtractionReply,
  type ExtractionWorker,
  extractInWorker,
} from '../../entrypoints/options/extract-in-worker';
import { BUNDLED_ARTICLE } from '../../lib/library/bundled-article';
import { LibraryError } from '../../lib/library/library-error';
import { PASTED_TEXT } from '../support/library-page';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A worker that answers each message with `answer(message)`, and whether it was ended. */
function fakeWorker(answer: (message: unknown) => ExtractionReply | 'crash') {
  const listeners: Record<string, ((event: Event) => void)[]> = {};
  const worker = {
    terminated: false,
    addEventListener: (type: string, listener: (event: Event) => void) => {
      listeners[type] = [...(listeners[type] ?? []), listener];
    },
    terminate: () => {
      worker.terminated = true;
    },
    postMessage: (message: unknown) => {
      const reply = answer(message);
      queueMicrotask(() => {
        const event =
          reply === 'crash'
            ? new ErrorEvent('error', { message: 'SyntaxError in the worker' })
            : new MessageEvent('message', { data: reply });
        for (const listener of listeners[event.type] ?? []) listener(event);
      });
    },
  };
  return worker;
}

const source = { title: 'Talks', text: PASTED_TEXT };

describe('extractInWorker', () => {
  it('runs the real worker: the article with its names, known ids kept', async () => {
    // The worker's module listens on its global scope and answers with postMessage.
    const answers: ExtractionReply[] = [];
    vi.spyOn(globalThis, 'postMessage').mockImplementation((reply: unknown) => {
      answers.push(reply as ExtractionReply);
    });
    await import('../../entrypoints/options/extract-worker');
    const worker = fakeWorker((message) => {
      globalThis.dispatchEvent(new MessageEvent('message', { data: message }));
      return answers.shift() as ExtractionReply;
    });
    const article = await extractInWorker(() => worker as ExtractionWorker)(
      source,
      BUNDLED_ARTICLE.entities,
    );
    // "Bashar al-Assad" is the bundled `bashar-assad`: the known entities reached the worker.
    expect(article.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['angela-merkel', 'vladimir-putin', 'bashar-assad']),
    );
    expect(worker.terminated).toBe(true);

    const refused = extractInWorker(
      () =>
        fakeWorker(() => {
          globalThis.dispatchEvent(
            new MessageEvent('message', { data: { source: { title: '', text: ' ' }, known: [] } }),
          );
          return answers.shift() as ExtractionReply;
        }) as ExtractionWorker,
    )(source, []);
    await expect(refused).rejects.toEqual(
      new LibraryError('empty-text', 'The article has no text: there is nothing to add.'),
    );
    await expect(refused).rejects.toBeInstanceOf(LibraryError);
  });

  it('rejects with the failure of a worker that crashed, and ends it', async () => {
    const worker = fakeWorker(() => 'crash');
    await expect(extractInWorker(() => worker as ExtractionWorker)(source, [])).rejects.toThrow(
      'SyntaxError in the worker',
    );
    expect(worker.terminated).toBe(true);
  });

  it('rejects with a failure the worker reported', async () => {
    const worker = fakeWorker(() => ({ failed: 'RangeError: too deep' }));
    await expect(extractInWorker(() => worker as ExtractionWorker)(source, [])).rejects.toThrow(
      'RangeError: too deep',
    );
  });
});
