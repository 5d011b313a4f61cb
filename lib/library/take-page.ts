import { type DraftArea, saveDraft } from './drafts';
import { checkText, LibraryError } from './library-error';
import { articleFromPage } from './page-article';

/** What taking a page needs: its copy from the tab's content script, and where drafts go. */
export interface TakePageDeps {
  /** The `pageCopy` answer of the tab's top frame (rejects when nothing answers). */
  copyPage: () => Promise<unknown>;
  drafts: DraftArea;
  /** Parses HTML (DOMParser in the popup). */
  parse?: (html: string) => Document;
}

const CANNOT_READ =
  'Backstory cannot read this page: it may still be loading, or the browser keeps extensions out of it. Reload it and try again, or paste its text on the library page.';

/**
 * "Add this page": the article of the tab's page, kept as a draft for the library page to
 * extract and review; returns the draft's key. Every refusal is a {@link LibraryError} saying
 * why (no content script, no article, a text over 1 MB), before anything is kept.
 */
export async function takePage(deps: TakePageDeps): Promise<string> {
  const copy = await deps.copyPage().catch(() => undefined);
  if (!Array.isArray(copy) || typeof copy[0] !== 'string' || typeof copy[1] !== 'string') {
    throw new LibraryError('unreadable-page', CANNOT_READ);
  }
  const source = articleFromPage(copy[1], copy[0], deps.parse);
  checkText(source.text, 'The page’s article');
  return saveDraft(deps.drafts, source);
}
