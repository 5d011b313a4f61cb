import type { Matcher } from '../text/compile-matcher';
import type { Mention } from '../text/types';
import { type Block, isInsideSkipped, isShadowRoot } from './elements';
import { createLateRootWatch } from './late-roots';
import { type ShadowRootOf, shadowRootsIn } from './shadow-roots';
import { createShadowStyles } from './shadow-styles';
import { readSlots } from './slotted-runs';
import type { TextRun } from './text-runs';

/** What the page highlighter gives the shadow roots' bookkeeping. */
export interface ShadowBookOptions {
  win: Window & typeof globalThis;
  signal: AbortSignal;
  /** Watches a root's mutations like the document's. */
  observe(root: ShadowRoot): void;
  /** Queues blocks to read. */
  enqueue(blocks: Block[]): void;
  /** The names to find now. */
  matcher(): Matcher;
  /** Replaces a block's mentions with those found in its runs as the reader sees them. */
  reread(block: Block, found: [TextRun, Mention[]][]): void;
  /** The page's shadow root reader (the scan reads with it too). */
  rootOf: ShadowRootOf;
  /** Custom elements found not defined yet, by `rootOf`: they may get a root later. */
  undefinedHosts: Set<Element>;
}

/**
 * The shadow roots of a page with web components, kept by the shadow module (the page module
 * makes it on the first page that has one: lib/page/page-shadows.ts): found after each reading and
 * watched, the roots holding a mention styled, slotted text read where it shows, roots attached
 * late found.
 */
export function createShadowBook(options: ShadowBookOptions) {
  const { win, signal, rootOf, undefinedHosts } = options;
  const known = new Set<ShadowRoot>();
  // A slot showing other light children (a `slot` attribute changed) mutates nothing we watch.
  const onSlotChange = (event: Event) => options.enqueue([event.currentTarget as ShadowRoot]);
  // Known roots holding a slot.
  const slotRoots = new Set<ShadowRoot>();
  const styles = createShadowStyles(win);
  let lateRoots: ReturnType<typeof createLateRootWatch> | undefined;

  /** Watches and queues a root not known yet; `host` too when its light children were read. */
  function adopt(shadow: ShadowRoot, late = false) {
    if (known.has(shadow) || isInsideSkipped(shadow.host)) return;
    known.add(shadow);
    // Both are no-ops for a root the page took out and put back: the browser keeps one observer
    // registration per node, and one listener per function.
    options.observe(shadow);
    shadow.addEventListener('slotchange', onSlotChange, { signal });
    options.enqueue(late ? [shadow, shadow.host] : [shadow]);
  }

  return {
    known,
    /**
     * After `read` was read: queues the roots found under it, reads the slots it may have
     * changed, and looks out for roots attached late.
     */
    afterReading(read: readonly Block[]) {
      for (const root of read) {
        for (const shadow of shadowRootsIn(root, rootOf)) adopt(shadow);
        // A shadow root is its own root node.
        const top = root.getRootNode();
        // Only what was read is searched: a big root read in parts is not searched whole each time.
        if (isShadowRoot(top) && !slotRoots.has(top) && root.querySelector('slot'))
          slotRoots.add(top);
      }
      if (undefinedHosts.size) {
        lateRoots ??= createLateRootWatch(
          undefinedHosts,
          rootOf,
          (shadow) => adopt(shadow, true),
          signal,
          win,
        );
        lateRoots.schedule();
      }
      if (!slotRoots.size) return;
      for (const { block, found } of readSlots(read, slotRoots, rootOf, options.matcher())) {
        options.reread(block, found);
      }
    },
    /** Paints our highlights in a root holding a mention. */
    style: (root: ShadowRoot) => styles.add(root),
    /** The roots holding mentions, for hit-testing (the registry sees into no other). */
    styledRoots: (): ShadowRoot[] => styles.roots(),
    /** Lets go of roots the page removed. */
    forgetDisconnected() {
      for (const root of known) if (!root.isConnected) known.delete(root);
    },
    /** Takes our rules out of every root. */
    clear: () => styles.clear(),
  };
}

/** The object {@link createShadowBook} returns. */
export type ShadowBook = ReturnType<typeof createShadowBook>;
