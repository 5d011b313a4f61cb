import type { BrowserKind } from '../harness/types';
import { type CorpusServer, isExtensionFetch, type ServedRequest } from './serve';
import type { SeenRequest } from './tab';

/** Hosts each browser contacts by itself (sign-in, autofill, updates, captive portal checks). */
const BROWSER_HOSTS: Record<BrowserKind, RegExp> = {
  chromium: /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)$/,
  firefox: /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozilla-services\.com|mozaws\.net)$/,
};

/** The network requests of one page, sorted by who made them. */
export interface PageRequests {
  /** Made by the extension, or by nobody else that could have: each one is a failure. */
  extension: string[];
  /** The browser's own traffic to its vendor's hosts (not judged). */
  browser: string[];
  /** Requests of the page to hosts other than 127.0.0.1 (its assets; aborted). */
  blocked: number;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/**
 * Sorts what the tab saw and what reached the server while a page was open. The extension's are:
 * requests the browser says it started (Chromium: a content-script stack or the service worker);
 * fetches a script-less page cannot make (Sec-Fetch-Dest `empty`, or an extension Origin); and
 * proxied hosts that neither a request of the tab, nor any corpus page, nor the browser explains
 * (Firefox shows content-script requests to no one but the network).
 */
export function sortRequests(
  kind: BrowserKind,
  seen: readonly SeenRequest[],
  served: readonly ServedRequest[],
  server: CorpusServer,
): PageRequests {
  const extension = seen.filter((r) => r.byExtension).map((r) => `${r.url} (by its initiator)`);
  for (const r of served.filter(isExtensionFetch)) {
    extension.push(`${r.url} (Sec-Fetch-Dest ${r.dest || '-'}, Origin ${r.origin || '-'})`);
  }
  const seenHosts = new Set(seen.map((r) => hostOf(r.url)));
  const browser: string[] = [];
  for (const r of served.filter((s) => s.proxied)) {
    const host = hostOf(r.url);
    if (seenHosts.has(host) || server.inSomePage(host)) continue;
    if (BROWSER_HOSTS[kind].test(host)) browser.push(host);
    else extension.push(`${r.url} (to a host no page names, through the proxy)`);
  }
  const blocked = seen.filter((r) => !r.byExtension && hostOf(r.url) !== '127.0.0.1').length;
  return { extension: [...new Set(extension)], browser: [...new Set(browser)], blocked };
}
