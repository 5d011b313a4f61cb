// The page module: the reading, the highlights, hover and the link to the card, built apart from
// content.js (scripts/build-modules.ts) and imported by it from the extension once the page may
// hold a name (lib/page/content-page.ts), so that pages without names never compile it and the
// others compile it off the main thread (see COMPILE_ALL_HINT there).

import { createCardLink } from '../../lib/page/card-link';
import type { ExtensionLink, PageParts } from '../../lib/page/content-page';
import { startSession } from '../../lib/page/page-session';
import type { ShadowModule } from '../../lib/page/page-shadows';
import { matcherFromData } from '../../lib/text/matcher-data';
import { CARD_MODULE_FILE, SHADOW_MODULE_FILE } from '../../lib/web-accessible-files';
import type * as CardModule from './card-module';

/**
 * What the content script reads a page with, through the extension API it lends (only
 * definitions here: nothing runs on import).
 */
export function pageParts(extension: ExtensionLink): PageParts {
  const loadShadowModule = async (): Promise<ShadowModule> =>
    import(/* @vite-ignore */ extension.url(SHADOW_MODULE_FILE));
  /** Loads the card module and makes the card's controller in it. */
  const loadCard = async (dwellMs: number, signal: AbortSignal) => {
    const module: typeof CardModule = await import(
      /* @vite-ignore */ extension.url(CARD_MODULE_FILE)
    );
    return module.createPageCard(dwellMs, signal);
  };
  return {
    // Only the index is parsed: the rules and tries stay text until a page meets their words.
    matcherFrom: (stored) => matcherFromData({ ...JSON.parse(stored.index), ...stored }),
    startSession: (options) => startSession({ ...options, loadShadowModule }),
    createCard: (dwellMs, signal) =>
      createCardLink({ load: (ms) => loadCard(ms, signal), dwellMs, signal }),
  };
}
