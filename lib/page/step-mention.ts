import type { PageMention } from './page-highlighter';

/**
 * The mention after (or before) `current` in page order, wrapping around; the first (or last)
 * one when there is no current mention or it has left the page.
 */
export function stepMention(
  mentions: readonly PageMention[],
  current: PageMention | null,
  direction: 1 | -1,
): PageMention | null {
  if (mentions.length === 0) return null;
  const at = current ? mentions.indexOf(current) : -1;
  if (at < 0) return (direction === 1 ? mentions[0] : mentions[mentions.length - 1]) ?? null;
  return mentions[(at + direction + mentions.length) % mentions.length] ?? null;
}
