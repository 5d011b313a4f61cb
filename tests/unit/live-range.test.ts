import { describe, expect, it } from 'vitest';
import { liveRange } from '../../lib/page/live-range';

describe('liveRange', () => {
  it('copies a static range into a live one', () => {
    document.body.innerHTML = '<p>John Kerry</p>';
    const text = document.querySelector('p')?.firstChild as Text;
    const range = liveRange({
      startContainer: text,
      startOffset: 5,
      endContainer: text,
      endOffset: 10,
    } as unknown as AbstractRange);
    expect(range.toString()).toBe('Kerry');
  });

  it('collapses a range the page has outrun instead of throwing', () => {
    document.body.innerHTML = '<p>Putin</p>';
    const text = document.querySelector('p')?.firstChild as Text;
    const stale = {
      startContainer: text,
      startOffset: 0,
      endContainer: text,
      endOffset: 5,
    } as unknown as AbstractRange;
    text.data = 'P';
    expect(liveRange(stale).collapsed).toBe(true);
  });
});
