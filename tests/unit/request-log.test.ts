// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sortRequests } from '../e2e/corpus/requests';
import { type CorpusServer, isExtensionFetch, type ServedRequest } from '../e2e/corpus/serve';
import {
  isNetworkUrl,
  isResourceNoise,
  mentionsExtension,
  type SeenRequest,
} from '../e2e/corpus/tab';
import { isBrowserNoise } from '../e2e/harness/server';
import { isExternalUrl } from '../e2e/harness/tabs';

/** A corpus server whose pages name `hosts` (only `inSomePage` is read). */
const server = (...hosts: string[]) =>
  ({ inSomePage: (host: string) => hosts.includes(host) }) as unknown as CorpusServer;

const served = (url: string, extra: Partial<ServedRequest> = {}): ServedRequest => ({
  url,
  proxied: !url.includes('127.0.0.1'),
  dest: 'document',
  origin: '',
  ...extra,
});

describe('sortRequests: who made each request while a corpus page was open', () => {
  it('blames the extension for a request the browser says it started', () => {
    const seen: SeenRequest[] = [{ url: 'https://tracker.example/x', byExtension: true }];
    expect(sortRequests('chromium', seen, [], server()).extension).toEqual([
      'https://tracker.example/x (by its initiator)',
    ]);
  });

  it('blames it for a fetch a page without scripts cannot make', () => {
    const log = [
      served('/p/page.html', { proxied: false, dest: 'empty' }),
      served('/data', { proxied: false, origin: 'moz-extension://uuid' }),
    ];
    expect(sortRequests('firefox', [], log, server()).extension).toHaveLength(2);
  });

  it('blames it for a proxied host nothing else explains (Firefox shows it to no one else)', () => {
    const log = [served('https://unknown.example/beacon')];
    expect(sortRequests('firefox', [], log, server()).extension).toEqual([
      'https://unknown.example/beacon (to a host no page names, through the proxy)',
    ]);
  });

  it('lets the page’s own assets, hosts a page names and the browser’s traffic through', () => {
    const seen: SeenRequest[] = [{ url: 'https://cdn.example/a.css', byExtension: false }];
    const log = [
      served('https://cdn.example/a.css'),
      served('https://fonts.example/f.woff'),
      served('https://accounts.google.com/ListAccounts'),
      served('https://www.mozilla.org/x'),
    ];
    const chromium = sortRequests('chromium', seen, log, server('fonts.example'));
    expect(chromium).toEqual({
      extension: [expect.stringMatching(/mozilla/)],
      browser: ['accounts.google.com'],
      blocked: 1,
    });
    const firefox = sortRequests('firefox', seen, log, server('fonts.example'));
    expect(firefox.browser).toEqual(['www.mozilla.org']);
    expect(firefox.extension).toEqual([expect.stringMatching(/accounts\.google\.com/)]);
  });

  it('lists each request once', () => {
    const seen: SeenRequest[] = [
      { url: 'https://t.example/x', byExtension: true },
      { url: 'https://t.example/x', byExtension: true },
    ];
    expect(sortRequests('chromium', seen, [], server()).extension).toHaveLength(1);
  });
});

describe('the request log’s small judges', () => {
  it('isExtensionFetch: only loopback requests a script-less page could not have made', () => {
    expect(isExtensionFetch(served('/p/a.html', { proxied: false }))).toBe(false);
    expect(isExtensionFetch(served('/x', { proxied: false, dest: 'empty' }))).toBe(true);
    expect(
      isExtensionFetch(served('/x', { proxied: false, origin: 'chrome-extension://id' })),
    ).toBe(true);
    expect(isExtensionFetch(served('https://a.example/', { dest: 'empty' }))).toBe(false);
  });

  it('mentionsExtension: an extension URL anywhere in an initiator', () => {
    const stack = {
      type: 'script',
      stack: { callFrames: [{ url: 'chrome-extension://id/c.js' }] },
    };
    expect(mentionsExtension(stack)).toBe(true);
    expect(mentionsExtension({ type: 'parser', url: 'http://127.0.0.1/p' })).toBe(false);
    expect(mentionsExtension(undefined)).toBe(false);
  });

  it.each([
    ['https://a.example/', true],
    ['wss://a.example/', true],
    ['data:text/plain,x', false],
    ['blob:http://127.0.0.1/id', false],
    ['chrome-extension://id/card.js', false],
  ])('isNetworkUrl(%s) is %s', (url, expected) => {
    expect(isNetworkUrl(url)).toBe(expected);
  });

  it('isResourceNoise: failed page assets, not errors of code', () => {
    expect(isResourceNoise('Failed to load resource: net::ERR_BLOCKED_BY_CLIENT')).toBe(true);
    expect(isResourceNoise('downloadable font: download failed')).toBe(true);
    expect(isResourceNoise('TypeError: x is undefined')).toBe(false);
  });

  it('isExternalUrl (e2e): any network host but loopback', () => {
    expect(isExternalUrl('https://example.com/')).toBe(true);
    expect(isExternalUrl('http://127.0.0.1:8000/smoke.html')).toBe(false);
    expect(isExternalUrl('chrome-extension://id/popup.html')).toBe(false);
  });

  it('isBrowserNoise (e2e): the browser’s own hosts through the proxy only', () => {
    expect(isBrowserNoise({ url: 'https://accounts.google.com/x', via: 'proxy' })).toBe(true);
    expect(isBrowserNoise({ url: 'https://accounts.google.com/x', via: 'page' })).toBe(false);
    expect(isBrowserNoise({ url: 'https://example.com/', via: 'proxy' })).toBe(false);
  });
});
