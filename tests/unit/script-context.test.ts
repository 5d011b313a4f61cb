import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../lib/page/script-context';

describe('ContentScriptContext (ours, in place of WXT’s)', () => {
  it('stops the copy already in the page when a newer one starts, and nothing else', () => {
    fakeBrowser.runtime.id = 'backstory-test';
    const older = new ContentScriptContext('content');
    const other = new ContentScriptContext('other-script');
    const invalidated: string[] = [];
    older.onInvalidated(() => invalidated.push('older'));
    other.onInvalidated(() => invalidated.push('other'));
    const newer = new ContentScriptContext('content');
    expect(invalidated).toEqual(['older']);
    expect(older.signal.aborted).toBe(true);
    expect(newer.signal.aborted).toBe(false);
    expect(other.signal.aborted).toBe(false);
    newer.notifyInvalidated();
    other.notifyInvalidated();
  });

  it('stops listening once invalidated, and an unsubscribed callback is not called', () => {
    const context = new ContentScriptContext('content');
    let calls = 0;
    const stop = context.onInvalidated(() => calls++);
    stop();
    context.notifyInvalidated();
    expect(calls).toBe(0);
    // An invalidated copy does not stop a newer one that starts later.
    const later = new ContentScriptContext('content');
    expect(later.signal.aborted).toBe(false);
    later.notifyInvalidated();
  });
});
