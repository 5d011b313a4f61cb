import type { ArticleSource } from './new-article';

/**
 * An article the popup took from a page, handed to the library page to extract and review. Kept
 * in `browser.storage.session` (gone with the browser session): the popup closes as soon as the
 * reader looks away, so the extraction and the review happen in the library page's own tab.
 */
const DRAFT_PREFIX = 'draft:';

/** The query parameter of the library page that names a draft to review. */
export const DRAFT_PARAM = 'draft';

/** The part of `browser.storage.session` drafts need. */
export interface DraftArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** Keeps `source` as a draft; returns its key for the library page's URL. */
export async function saveDraft(
  area: DraftArea,
  source: ArticleSource,
  newKey: () => string = () => crypto.randomUUID(),
): Promise<string> {
  const key = newKey();
  await area.set({ [DRAFT_PREFIX + key]: source });
  return key;
}

/** The draft kept under `key` (kept until dropped, so a reload of the review still has it). */
export async function readDraft(area: DraftArea, key: string): Promise<ArticleSource | undefined> {
  const name = DRAFT_PREFIX + key;
  const value = (await area.get([name]))[name];
  return isArticleSource(value) ? value : undefined;
}

/** Forgets the draft `key` (saved to the library, or given up). */
export async function dropDraft(area: DraftArea, key: string): Promise<void> {
  await area.remove([DRAFT_PREFIX + key]);
}

/** The library page's path reviewing the draft `key`. */
export function draftPath(key: string): `/options.html?${string}` {
  return `/options.html?${DRAFT_PARAM}=${encodeURIComponent(key)}`;
}

function isArticleSource(value: unknown): value is ArticleSource {
  if (typeof value !== 'object' || value === null) return false;
  const source = value as Record<string, unknown>;
  return (
    typeof source.title === 'string' &&
    typeof source.text === 'string' &&
    ['url', 'site', 'byline', 'published', 'dateline'].every(
      (field) => source[field] === undefined || typeof source[field] === 'string',
    )
  );
}
