import { sleep } from './sleep';
import type { PopupPage, TestPage } from './types';

/** The tab a popup (`popup.html?tabId=N`) is about. */
export function tabIdOf(popup: PopupPage): number {
  const id = Number(new URL(popup.driver.url()).searchParams.get('tabId'));
  if (!id) throw new Error(`No tabId in ${popup.driver.url()}`);
  return id;
}

/** The extension API of an extension page (`browser` in Firefox, `chrome` in Chromium). */
type Api = {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
  action?: { getBadgeText(details: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(details: { tabId: number }): Promise<string> };
};

/**
 * Sends a message to the tab's content script from the popup page, as the background does
 * (e.g. `{ type: 'stepMention', data: { direction: 1 } }` for the keyboard command).
 */
export function sendToTab(popup: PopupPage, message: unknown): Promise<unknown> {
  return popup.driver.evaluate(
    ([tabId, body]) => {
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      return ((scope.browser ?? scope.chrome) as Api).tabs.sendMessage(tabId, body);
    },
    [tabIdOf(popup), message] as const,
  );
}

/** The toolbar badge text of the popup's tab (`action` in MV3, `browserAction` in MV2). */
export function badgeText(popup: PopupPage): Promise<string> {
  return popup.driver.evaluate((tabId) => {
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome) as Api;
    const action = api.action ?? api.browserAction;
    if (!action) throw new Error('no action API');
    return action.getBadgeText({ tabId });
  }, tabIdOf(popup));
}

/** Waits until the badge of the popup's tab reads `text` ('' = blank). */
export async function waitForBadge(popup: PopupPage, text: string, timeoutMs = 2000) {
  const deadline = Date.now() + timeoutMs;
  let last = await badgeText(popup);
  while (last !== text && Date.now() < deadline) {
    await sleep(50);
    last = await badgeText(popup);
  }
  if (last !== text) throw new Error(`Badge reads "${last}", not "${text}"`);
}

/** Merges `patch` into the stored settings (`storage.local` key `settings`), as another page would. */
export function patchSettings(popup: PopupPage, patch: Record<string, unknown>): Promise<void> {
  return popup.driver.evaluate(async (changes) => {
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const { local } = ((scope.browser ?? scope.chrome) as Api).storage;
    const current = (await local.get('settings')).settings;
    const base = typeof current === 'object' && current ? current : {};
    await local.set({ settings: { ...base, ...changes } });
  }, patch);
}

/** Removes the stored settings: every setting is back at its default. */
export function resetSettings(popup: PopupPage): Promise<void> {
  return popup.driver.evaluate(() => {
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    return ((scope.browser ?? scope.chrome) as Api).storage.local.remove('settings');
  }, undefined);
}

/** The popup's switches: label → checked (`aria-checked`), and whether each is disabled. */
export function switches(popup: PopupPage): Promise<Record<string, boolean | 'disabled'>> {
  return popup.driver.evaluate(
    () =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLButtonElement>('[role="switch"]')].map((s) => [
          s.querySelector('.toggle-label')?.textContent ?? s.textContent ?? '',
          s.disabled ? 'disabled' : s.getAttribute('aria-checked') === 'true',
        ]),
      ),
    undefined,
  );
}

/** Clicks the switch labelled `label`; throws if there is none. */
export async function clickSwitch(popup: PopupPage, label: string): Promise<void> {
  const clicked = await popup.driver.evaluate((want) => {
    const all = [...document.querySelectorAll<HTMLButtonElement>('[role="switch"]')];
    const found = all.find((s) => s.querySelector('.toggle-label')?.textContent === want);
    found?.click();
    return !!found;
  }, label);
  if (!clicked) throw new Error(`No switch "${label}" in the popup: ${await popup.text()}`);
}

/** The names listed in the popup with their counts, by kind heading ("People" → name → count). */
export function listedEntities(popup: PopupPage): Promise<Record<string, Record<string, number>>> {
  return popup.driver.evaluate(
    () =>
      Object.fromEntries(
        [...document.querySelectorAll('.entity-list section[aria-label]')].map((group) => [
          group.getAttribute('aria-label') ?? '',
          Object.fromEntries(
            [...group.querySelectorAll('button.entity')].map((b) => [
              b.querySelector('.entity-name')?.textContent ?? '',
              Number.parseInt(b.querySelector('.count')?.textContent ?? '', 10),
            ]),
          ),
        ]),
      ),
    undefined,
  );
}

/** Clicks the popup's entry for the entity named `name`. */
export async function chooseEntity(popup: PopupPage, name: string): Promise<void> {
  const clicked = await popup.driver.evaluate((want) => {
    const all = [...document.querySelectorAll<HTMLButtonElement>('button.entity')];
    const found = all.find((b) => b.querySelector('.entity-name')?.textContent === want);
    found?.click();
    return !!found;
  }, name);
  if (!clicked) throw new Error(`No entry "${name}" in the popup: ${await popup.text()}`);
}

/** Types `query` into the popup's search box (as input events) and opens result `pick`, if any. */
export async function search(popup: PopupPage, query: string, pick?: string): Promise<void> {
  await popup.driver.evaluate((text) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) throw new Error('no search box');
    input.focus();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: text }));
  }, query);
  if (!pick) return;
  await popup.driver.waitFor(
    (want) =>
      [...document.querySelectorAll('.results button')].some((b) =>
        b.textContent?.startsWith(want),
      ),
    pick,
    2000,
  );
  await popup.driver.evaluate((want) => {
    const all = [...document.querySelectorAll<HTMLButtonElement>('.results button')];
    all.find((b) => b.textContent?.startsWith(want))?.click();
  }, pick);
  await popup.driver.waitForSelector('.search-card h2', 2000);
}

/** The names of the `backstory-*` highlights registered on the page that have ranges. */
export function ourHighlights(page: TestPage): Promise<string[]> {
  return page.evaluate(
    () =>
      [...CSS.highlights.keys()].filter(
        (name) => name.startsWith('backstory-') && (CSS.highlights.get(name)?.size ?? 0) > 0,
      ),
    undefined,
  );
}
