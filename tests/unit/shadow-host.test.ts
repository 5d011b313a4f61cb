import { afterEach, describe, expect, it } from 'vitest';
import { createShadowHost } from '../../lib/page/shadow-host';

afterEach(() => {
  for (const host of document.querySelectorAll('backstory-test')) host.remove();
});

describe('createShadowHost', () => {
  it('adds the host last in <html>, with our styles after a reset in its shadow root', () => {
    const ui = createShadowHost(document, 'backstory-test', '.card { color: red; }');
    expect(document.documentElement.lastElementChild).toBe(ui.host);
    expect(ui.host.shadowRoot).toBe(ui.shadow);
    const css = ui.shadow.querySelector('style')?.textContent ?? '';
    expect(css.indexOf(':host { all: initial !important; }')).toBe(0);
    expect(css).toContain('.card { color: red; }');
    expect(ui.container.getRootNode()).toBe(ui.shadow);
  });

  it('keeps keys typed inside from the page, but not pointer events', () => {
    const ui = createShadowHost(document, 'backstory-test', '');
    const field = document.createElement('input');
    ui.container.append(field);
    const seen: string[] = [];
    for (const type of ['keydown', 'keyup', 'keypress', 'pointerdown']) {
      document.addEventListener(type, () => seen.push(type));
    }
    for (const type of ['keydown', 'keyup', 'keypress']) {
      field.dispatchEvent(new KeyboardEvent(type, { key: 'k', bubbles: true, composed: true }));
    }
    field.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(seen).toEqual(['pointerdown']);
  });

  it('takes everything away again', () => {
    const ui = createShadowHost(document, 'backstory-test', '');
    ui.remove();
    expect(document.querySelector('backstory-test')).toBeNull();
  });
});
