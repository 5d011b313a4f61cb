// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readable, supportsHighlights } from '../../lib/page/readable-page';

/** Whether `promise` has settled after the pending tasks ran. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe('supportsHighlights', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('needs Highlight and CSS.highlights with highlightsFromPoint', () => {
    vi.stubGlobal('Highlight', class {});
    const registry = Object.assign(new Map(), { highlightsFromPoint: () => [] });
    vi.stubGlobal('CSS', { highlights: registry });
    expect(supportsHighlights()).toBe(true);
    // Chrome before 140, Firefox before 150: highlights, but no telling which is under the pointer.
    vi.stubGlobal('CSS', { highlights: new Map() });
    expect(supportsHighlights()).toBe(false);
    vi.stubGlobal('CSS', {});
    expect(supportsHighlights()).toBe(false);
    vi.stubGlobal('Highlight', undefined);
    expect(supportsHighlights()).toBe(false);
  });
});

describe('readable', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('resolves at once in the top frame, even without text', async () => {
    document.body.innerHTML = '';
    expect(await settled(readable())).toBe(true);
  });

  it('waits in a frame without text until text comes', async () => {
    vi.stubGlobal('top', {});
    const ready = readable();
    expect(await settled(ready)).toBe(false);
    document.body.innerHTML = '<p>   </p>';
    expect(await settled(ready)).toBe(false);
    document.body.innerHTML = '<p>Putin</p>';
    expect(await settled(ready)).toBe(true);
  });

  it('waits in a frame too small to read until it is resized', async () => {
    vi.stubGlobal('top', {});
    vi.stubGlobal('innerWidth', 1);
    document.body.innerHTML = '<p>Putin</p>';
    const ready = readable();
    expect(await settled(ready)).toBe(false);
    vi.stubGlobal('innerWidth', 300);
    window.dispatchEvent(new Event('resize'));
    expect(await settled(ready)).toBe(true);
  });
});
