import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from '../../lib/page/script-context';

describe('ContentScriptContext (ours, in place of WXT’s)', () => {
  it('stops the copy already in the page when a newer one starts, and nothing else', () => {
    const older = new ContentScriptContext('content');
    const other = new ContentScriptContext('other-script');
    const invalidated: string[] = [];
    older.signal.addEventListener('abort', () => invalidated.push('older'));
    other.signal.addEventListener('abort', () => invalidated.push('other'));
    const newer = new ContentScriptContext('content');
    expect(invalidated).toEqual(['older']);
    expect(older.signal.aborted).toBe(true);
    expect(newer.signal.aborted).toBe(false);
    expect(other.signal.aborted).toBe(false);
  });

  it('has nothing WXT’s has beyond the signal (its entry code only constructs it)', () => {
    const context = new ContentScriptContext('content');
    expect(Object.keys(context)).toEqual(['signal']);
  });
});
