import { elementOf, liveRange } from './live-range';

/** Scrolls the page so a mention is in view, centred when it has to move. */
export function scrollMentionIntoView(range: AbstractRange): void {
  const element = elementOf(range);
  const rect = liveRange(range).getBoundingClientRect();
  const view = element?.ownerDocument.defaultView;
  if (!element || !view) return;
  if (rect.top >= 0 && rect.bottom <= view.innerHeight) return;
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
}
