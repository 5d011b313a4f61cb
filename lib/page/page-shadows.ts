import type { Block } from './elements';
import type { ShadowBook, ShadowBookOptions } from './shadow-book';
import type * as ShadowModuleExports from './shadow-module';
import { shadowRootReader, shadowRootsIn } from './shadow-roots';

/** What only pages with web components need: a module of its own (lib/page/shadow-module.ts). */
export type ShadowModule = typeof ShadowModuleExports;

/** What the page highlighter gives the shadow roots' bookkeeping. */
export type PageShadowsOptions = Omit<ShadowBookOptions, 'rootOf' | 'undefinedHosts'> & {
  /** Imports the shadow module (from the extension: scripts/build-modules.ts); none in some tests. */
  loadModule?: () => Promise<ShadowModule>;
};

/**
 * The shadow roots of a page, as the page module sees them: it reads with the reader (closed roots
 * too), and on the first reading that meets a shadow root, or a custom element not defined yet
 * that may get one, it imports the shadow module, whose book keeps them from then on
 * (lib/page/shadow-book.ts). If the module cannot load (the extension was updated meanwhile), the
 * next reading tries again.
 */
export function createPageShadows(options: PageShadowsOptions) {
  const { win, signal } = options;
  const undefinedHosts = new Set<Element>();
  const rootOf = shadowRootReader(win, (element) => {
    if (!element.matches(':defined')) undefinedHosts.add(element);
  });
  let book: ShadowBook | null = null;
  // Read before the book was made: handed to it first.
  const waiting: Block[] = [];
  let loading: Promise<ShadowBook | null> | undefined;

  function load(): Promise<ShadowBook | null> {
    if (!options.loadModule) return Promise.resolve(null);
    loading ??= options.loadModule().then(
      (module) => {
        if (!signal.aborted) book = module.createShadowBook({ ...options, rootOf, undefinedHosts });
        return book;
      },
      () => {
        loading = undefined;
        return null;
      },
    );
    return loading;
  }

  return {
    rootOf,
    /** The shadow roots known (read and watched). */
    known: (): Iterable<ShadowRoot> => book?.known ?? [],
    /**
     * After `read` was read: hands it on to the book, made first if it meets a root (with what
     * was read before it, if the module could not load then: each reading tries again).
     */
    async afterReading(read: readonly Block[]) {
      if (!book) {
        // Looked for first: the reader notes the custom elements not defined yet as it goes.
        const hasRoots = read.some((r) => shadowRootsIn(r, rootOf).length);
        if (!hasRoots && !waiting.length && !undefinedHosts.size) return;
        waiting.push(...read);
        if (!(await load())) return;
      }
      book?.afterReading(waiting.length ? waiting.splice(0) : read);
    },
    /** Paints our highlights in a root holding a mention (a known root: the book is made). */
    style: (root: ShadowRoot) => book?.style(root),
    /** The roots holding mentions, for hit-testing (the registry sees into no other). */
    styledRoots: (): ShadowRoot[] => book?.styledRoots() ?? [],
    /** Lets go of roots the page removed. */
    forgetDisconnected: () => book?.forgetDisconnected(),
    /** Takes our rules out of every root. */
    clear: () => book?.clear(),
  };
}
