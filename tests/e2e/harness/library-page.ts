import type { TestPage } from './types';

/** How long the library page may take to answer a click (the names are found in a worker). */
const ANSWER_MS = 10_000;

/** The fields of "Paste an article", by their label's first word. */
export type PasteField = 'Text' | 'Title' | 'Date' | 'Site' | 'URL';

/**
 * Types into the paste form: sets each field and fires `input`, as typing does (Preact listens
 * to it). A whole article at once, so a 1 MB text does not take a million key presses.
 */
export function fillPaste(page: TestPage, fields: Partial<Record<PasteField, string>>) {
  return page.evaluate((values) => {
    const labels = [...document.querySelectorAll<HTMLLabelElement>('.paste-form label')];
    for (const [name, value] of Object.entries(values)) {
      const label = labels.find((l) => l.textContent?.trim().startsWith(name));
      const field = label?.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
      if (!field) throw new Error(`No field ${name} in the paste form`);
      field.value = value as string;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, fields);
}

/** Clicks the button whose text (hidden parts included) is `name`, inside `scope` if given. */
export function clickButton(page: TestPage, name: string, scope = 'body') {
  return page.evaluate(
    ([want, within]) => {
      const buttons = [...document.querySelectorAll<HTMLButtonElement>(`${within} button`)];
      const button = buttons.find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent)?.trim() === want,
      );
      if (!button) {
        const names = buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent);
        throw new Error(`No button "${want}" in ${within}: ${JSON.stringify(names)}`);
      }
      button.click();
    },
    [name, scope] as const,
  );
}

/** Waits until an element matching `selector` has a text matching `pattern`; returns the text. */
export async function waitForText(page: TestPage, selector: string, pattern: RegExp) {
  const read = () =>
    page.evaluate(
      (css) => [...document.querySelectorAll(css)].map((e) => e.textContent ?? ''),
      selector,
    );
  try {
    await page.waitFor(
      ([css, source]) =>
        [...document.querySelectorAll(css)].some((e) =>
          new RegExp(source).test(e.textContent ?? ''),
        ),
      [selector, pattern.source] as const,
      ANSWER_MS,
    );
  } catch {
    const alerts = await page.evaluate(
      () => [...document.querySelectorAll('[role=alert]')].map((e) => e.textContent),
      undefined,
    );
    throw new Error(
      `No ${selector} says ${pattern}; they say ${JSON.stringify(await read())}; alerts: ${JSON.stringify(alerts)}; errors: ${JSON.stringify(page.pageErrors())}`,
    );
  }
  return (await read()).find((text) => pattern.test(text)) as string;
}

/** The titles the library lists, in order. */
export function listedTitles(page: TestPage): Promise<string[]> {
  return page.evaluate(
    () => [...document.querySelectorAll('.library-title')].map((a) => a.textContent ?? ''),
    undefined,
  );
}

/** Waits until the library lists exactly `titles`. */
export async function waitForTitles(page: TestPage, titles: string[]) {
  try {
    await page.waitFor(
      (want) =>
        [...document.querySelectorAll('.library-title')].map((a) => a.textContent).join('\n') ===
        want.join('\n'),
      titles,
      ANSWER_MS,
    );
  } catch {
    throw new Error(`The library lists ${JSON.stringify(await listedTitles(page))}, not ${titles}`);
  }
}

/** Whether the switch of the article `title` is on. */
export function switchIsOn(page: TestPage, title: string): Promise<boolean> {
  return page.evaluate((name) => {
    const toggle = document.querySelector(`[role=switch][aria-label="${name}"]`);
    if (!toggle) throw new Error(`No switch "${name}"`);
    return toggle.getAttribute('aria-checked') === 'true';
  }, `Highlight the names of “${title}”`);
}

/**
 * Keeps every file the page offers for download (its `<a download>` clicks) instead of saving
 * it: the text behind the link's object URL, read before the page lets the URL go.
 */
export function captureDownloads(page: TestPage) {
  return page.evaluate(() => {
    const scope = globalThis as unknown as { __downloads: { name: string; text: string }[] };
    scope.__downloads = [];
    document.addEventListener(
      'click',
      (event) => {
        const link = event.target as HTMLAnchorElement;
        if (!(link instanceof HTMLAnchorElement) || !link.download) return;
        event.preventDefault();
        fetch(link.href)
          .then((response) => response.text())
          .then((text) => scope.__downloads.push({ name: link.download, text }));
      },
      true,
    );
  }, undefined);
}

/** The next file captured by {@link captureDownloads}. */
export async function nextDownload(page: TestPage): Promise<{ name: string; text: string }> {
  await page.waitFor(
    () => (globalThis as unknown as { __downloads: unknown[] }).__downloads.length > 0,
    undefined,
    ANSWER_MS,
  );
  return page.evaluate(
    () =>
      (
        globalThis as unknown as { __downloads: { name: string; text: string }[] }
      ).__downloads.shift() as { name: string; text: string },
    undefined,
  );
}

/** Chooses a file with `text` in the import's file input, as the reader picking one does. */
export function chooseFile(page: TestPage, text: string, name = 'library.json') {
  return page.evaluate(
    ([content, fileName]) => {
      const input = document.querySelector<HTMLInputElement>('.file-input input[type=file]');
      if (!input) throw new Error('No file input');
      const files = new DataTransfer();
      files.items.add(new File([content], fileName, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [text, name] as const,
  );
}
