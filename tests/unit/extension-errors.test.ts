import { describe, expect, it } from 'vitest';
import { errorCaptureProblem, PROBE_ERROR } from '../e2e/corpus/soundness';
import {
  type ExceptionThrown,
  ExtensionWorlds,
  withExtensionErrors,
} from '../e2e/harness/extension-errors';

const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

const thrown = (executionContextId: number | undefined, description?: string): ExceptionThrown => ({
  exceptionDetails: {
    text: 'Uncaught',
    executionContextId,
    exception: description ? { description } : undefined,
  },
});

describe('ExtensionWorlds: errors of our content script in Chromium, from CDP events', () => {
  it('reports an exception of an extension world, and none of the page’s own world', () => {
    const worlds = new ExtensionWorlds();
    worlds.created({ context: { id: 1, origin: 'http://127.0.0.1:8000' } });
    worlds.created({ context: { id: 2, origin: EXTENSION } });
    expect(worlds.error(thrown(2, 'TypeError: x is undefined'))).toBe(
      'content script: TypeError: x is undefined',
    );
    expect(worlds.error(thrown(1, 'Error: the page’s'))).toBeNull();
    expect(worlds.contexts()).toEqual([2]);
  });

  it('falls back on the text without an exception object, and ignores an unknown context', () => {
    const worlds = new ExtensionWorlds();
    worlds.created({ context: { id: 7, origin: EXTENSION } });
    expect(worlds.error(thrown(7))).toBe('content script: Uncaught');
    expect(worlds.error(thrown(undefined, 'Error'))).toBeNull();
    expect(worlds.error(thrown(8, 'Error'))).toBeNull();
  });

  it('forgets contexts that are destroyed or cleared by a navigation', () => {
    const worlds = new ExtensionWorlds();
    worlds.created({ context: { id: 2, origin: EXTENSION } });
    worlds.created({ context: { id: 3, origin: EXTENSION } });
    worlds.destroyed(2);
    expect(worlds.contexts()).toEqual([3]);
    worlds.cleared();
    expect(worlds.contexts()).toEqual([]);
  });
});

describe('errorCaptureProblem: the corpus run proves it sees our content script’s errors', () => {
  it('passes when the probe is among the errors', () => {
    expect(errorCaptureProblem(1, [`content script: Error: ${PROBE_ERROR}`])).toBe('');
  });

  it('fails when the probe was not seen, or could not be thrown', () => {
    expect(errorCaptureProblem(1, [])).toMatch(/not counted/);
    expect(errorCaptureProblem(1, ['Error: something else'])).toMatch(/not counted/);
    expect(errorCaptureProblem(0, [])).toMatch(/no content script world/);
  });
});

describe('withExtensionErrors: the page’s errors and the content script’s, each once', () => {
  it('adds what pageerror did not report', () => {
    expect(
      withExtensionErrors(['Error: page'], ['content script: TypeError: ours\n    at x']),
    ).toEqual(['Error: page', 'content script: TypeError: ours\n    at x']);
  });

  it('drops one the pageerror listener already reported, however its stack reads', () => {
    const ours = 'content script: Error: probe\n    at <anonymous>:1:26';
    expect(withExtensionErrors(['Error: probe'], [ours])).toEqual(['Error: probe']);
  });

  it('keeps a repeated error as often as it was thrown', () => {
    const ours = 'content script: Error: again';
    expect(withExtensionErrors(['Error: again'], [ours, ours])).toEqual(['Error: again', ours]);
  });
});
