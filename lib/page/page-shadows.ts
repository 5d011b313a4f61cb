import { browser } from 'wxt/browser';
import type { Matcher } from '../text/compile-matcher';
import type { Mention } from '../text/types';
import { SHADOW_MODULE_FILE } from '../web-accessible-files';
import { type Block, isInsideSkipped, isShadowRoot } from './elements';
import type * as ShadowModuleExports from './shadow-module';
import { shadowRootReader, shadowRootsIn } from './shadow-roots';
import type { TextRun } from './text-runs';

/** What only pages with web components need: a module of its own (lib/page/shadow-module.ts). */
export type ShadowModule = typeof ShadowModuleExports;

/** Imports the shadow module from the extension (scripts/build-modules.ts). */
const importShadowModule = async (): Promise<ShadowModule> =>
  import(/* @vite-ignore */ browser.runtime.getURL(`/${SHADOW_MODULE_FILE}`));

/** What the page highlighter gives the shadow roots' bookkeeping. */
export interface PageShadowsOptions {
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
  loadModule?: () => Promise<ShadowModule>;
}

/**
 * The shadow roots of a page: found after each reading and watched, and, through the shadow
 * module (loaded the first time a page needs it; if it cannot load, the extension was updated
 * meanwhile, and the next need tries again), the roots holding a mention styled, slotted text
 * read where it shows, and roots attached late found.
 */
export function createPageShadows(options: PageShadowsOptions) {
  const { win, signal } = options;
  const known = new Set<ShadowRoot>();
  // A slot showing other light children (a `slot` attribute changed) mutates nothing we watch.
  const onSlotChange = (event: Event) => options.enqueue([event.currentTarget as ShadowRoot]);
  // Known roots holding a slot, and custom elements not defined yet that may get a root.
  const slotRoots = new Set<ShadowRoot>();
  const undefinedHosts = new Set<Element>();
  const rootOf = shadowRootReader(win, (element) => {
    if (!element.matches(':defined')) undefinedHosts.add(element);
  });
  let loading: Promise<ShadowModule | null> | undefined;
  let styles: ReturnType<ShadowModule['createShadowStyles']> | undefined;
  let lateRoots: ReturnType<ShadowModule['createLateRootWatch']> | undefined;

  function load(): Promise<ShadowModule | null> {
    loading ??= (options.loadModule ?? importShadowModule)().then(
      (module) => (signal.aborted ? null : module),
      () => {
        loading = undefined;
        return null;
      },
    );
    return loading;
  }

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
    rootOf,
    known,
    /**
     * After `read` was read: queues the roots found under it, reads the slots it may have
     * changed, and looks out for roots attached late.
     */
    async afterReading(read: readonly Block[]) {
      for (const root of read) {
        for (const shadow of shadowRootsIn(root, rootOf)) adopt(shadow);
        // A shadow root is its own root node.
        const top = root.getRootNode();
        // Only what was read is searched: a big root read in parts is not searched whole each time.
        if (isShadowRoot(top) && !slotRoots.has(top) && root.querySelector('slot'))
          slotRoots.add(top);
      }
      if (!slotRoots.size && !undefinedHosts.size) return;
      const module = await load();
      if (!module) return;
      if (undefinedHosts.size) {
        lateRoots ??= module.createLateRootWatch(
          undefinedHosts,
          rootOf,
          (shadow) => adopt(shadow, true),
          signal,
          win,
        );
        lateRoots.schedule();
      }
      for (const { block, found } of module.readSlots(read, slotRoots, rootOf, options.matcher())) {
        options.reread(block, found);
      }
    },
    /** Paints our highlights in a root holding a mention. */
    style(root: ShadowRoot) {
      void load().then((module) => {
        styles ??= module?.createShadowStyles(win);
        styles?.add(root);
      });
    },
    /** The roots holding mentions, for hit-testing (the registry sees into no other). */
    styledRoots: (): ShadowRoot[] => styles?.roots() ?? [],
    /** Lets go of roots the page removed. */
    forgetDisconnected() {
      for (const root of known) if (!root.isConnected) known.delete(root);
    },
    /** Takes our rules out of every root. */
    clear() {
      styles?.clear();
    },
  };
}
