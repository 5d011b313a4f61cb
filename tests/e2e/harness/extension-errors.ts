// Uncaught errors of our content script in Chromium. It runs in an isolated world of the
// extension's origin, which the DevTools protocol shows as an execution context of its own.
// Playwright 1.65's `pageerror` reports that world's errors too, but does not document it: this
// watch does not depend on it (and `withExtensionErrors` lists an error both report once).

import type { CDPSession } from 'playwright-core';

/** `Runtime.executionContextCreated`, as far as it is read here. */
export interface ContextCreated {
  context: { id: number; origin: string };
}

/** `Runtime.exceptionThrown`, as far as it is read here. */
export interface ExceptionThrown {
  exceptionDetails: {
    text: string;
    executionContextId?: number;
    exception?: { description?: string };
  };
}

/** Tells which uncaught exceptions of a page were thrown in an extension's world. */
export class ExtensionWorlds {
  private readonly live = new Set<number>();

  /** Notes a new context when it belongs to an extension (`chrome-extension://` origin). */
  created({ context }: ContextCreated): void {
    if (context.origin.startsWith('chrome-extension://')) this.live.add(context.id);
  }

  /** Forgets a context (`Runtime.executionContextDestroyed`). */
  destroyed(id: number): void {
    this.live.delete(id);
  }

  /** Forgets every context (`Runtime.executionContextsCleared`: the page navigated). */
  cleared(): void {
    this.live.clear();
  }

  /** The extension contexts alive now, oldest first. */
  contexts(): number[] {
    return [...this.live];
  }

  /** `content script: <error>` for an exception of an extension's world, else null. */
  error({ exceptionDetails: details }: ExceptionThrown): string | null {
    const id = details.executionContextId;
    if (id === undefined || !this.live.has(id)) return null;
    return `content script: ${details.exception?.description ?? details.text}`;
  }
}

/** The content script's errors on one page, and a way to prove they are seen. */
export interface ExtensionErrors {
  /** Every uncaught error of an extension world since the watch began (a live array). */
  errors: string[];
  /**
   * Throws `message` asynchronously (an uncaught error) in each extension world of the page;
   * resolves to how many worlds it was thrown in.
   */
  throwInExtension(message: string): Promise<number>;
}

/** Watches a page's CDP session for its content script's errors; enables the Runtime domain. */
export async function watchExtensionErrors(session: CDPSession): Promise<ExtensionErrors> {
  const worlds = new ExtensionWorlds();
  const errors: string[] = [];
  session.on('Runtime.executionContextCreated', (event) => worlds.created(event));
  session.on('Runtime.executionContextDestroyed', (event) =>
    worlds.destroyed(event.executionContextId),
  );
  session.on('Runtime.executionContextsCleared', () => worlds.cleared());
  session.on('Runtime.exceptionThrown', (event) => {
    const error = worlds.error(event);
    if (error) errors.push(error);
  });
  await session.send('Runtime.enable');
  return {
    errors,
    async throwInExtension(message) {
      const contexts = worlds.contexts();
      const expression = `setTimeout(() => { throw new Error(${JSON.stringify(message)}); })`;
      for (const contextId of contexts)
        await session.send('Runtime.evaluate', { expression, contextId });
      return contexts.length;
    },
  };
}

/** `Error: message` for `content script: Error: message\n    at …`: how `pageerror` shows it. */
const firstLine = (error: string) => error.replace(/^content script: /, '').split('\n')[0];

/**
 * The page's errors followed by the content script's that `pageerror` did not already report
 * (each one once, however many times both sources gave it).
 */
export function withExtensionErrors(
  pageErrors: readonly string[],
  extensionErrors: readonly string[],
): string[] {
  const unseen = pageErrors.map(firstLine);
  const merged = [...pageErrors];
  for (const error of extensionErrors) {
    const at = unseen.indexOf(firstLine(error));
    if (at >= 0) unseen.splice(at, 1);
    else merged.push(error);
  }
  return merged;
}
