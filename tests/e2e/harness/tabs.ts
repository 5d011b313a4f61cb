import type { TestPage } from './types';

/** What `tabs.query` returns, as far as the harness cares. */
export interface TabInfo {
  id?: number;
  url?: string;
}

/** Runs `tabs.query(query)` in an extension context (service worker or extension page). */
export type TabQuery = (query: Record<string, unknown>) => Promise<TabInfo[]>;

/** Page function for a {@link TabQuery}: `tabs.query` through `browser` or `chrome`. */
export const queryTabsInExtension = async (query: Record<string, unknown>): Promise<TabInfo[]> => {
  type Api = { tabs: { query(q: Record<string, unknown>): Promise<TabInfo[]> } };
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('no extension API here');
  return (await api.tabs.query(query)).map((t) => ({ id: t.id, url: t.url }));
};

/**
 * The extension's tab id for `page`. Tab URLs are hidden from an extension without the `tabs`
 * permission (ours has none), so unless exactly one tab shows the page's URL, the page is made
 * the active tab of its window and that tab is taken.
 */
export async function findTabId(query: TabQuery, page: TestPage): Promise<number> {
  const url = page.url();
  const byUrl = (await query({})).filter((tab) => tab.url === url);
  if (byUrl.length === 1 && byUrl[0]?.id !== undefined) return byUrl[0].id;
  await page.driver.bringToFront();
  const active = await query({ active: true, lastFocusedWindow: true });
  const id = active[0]?.id;
  if (active.length !== 1 || id === undefined) {
    throw new Error(`Cannot tell which tab shows ${url}: ${JSON.stringify(active)}`);
  }
  return id;
}

/** Whether a URL leaves the machine: http(s) or ws(s) to any host but 127.0.0.1. */
export function isExternalUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return /^(https?|wss?):$/.test(protocol) && hostname !== '127.0.0.1';
}
