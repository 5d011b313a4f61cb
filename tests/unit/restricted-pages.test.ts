import { describe, expect, it } from 'vitest';
import { isRestrictedUrl } from '../../lib/restricted-pages';

describe('isRestrictedUrl', () => {
  it.each([
    'chrome://extensions/',
    'about:debugging',
    'view-source:https://example.com/',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://example.com/report.pdf',
    'moz-extension://abc/popup.html',
  ])('knows %s is off limits', (url) => {
    expect(isRestrictedUrl(url)).toBe(true);
  });

  it.each([
    undefined,
    '',
    'https://example.com/news',
    'http://127.0.0.1:8080/p/a.html',
    'file:///tmp/a.html',
    'https://chrome.google.com/search',
  ])('lets %j through', (url) => {
    expect(isRestrictedUrl(url)).toBe(false);
  });
});
