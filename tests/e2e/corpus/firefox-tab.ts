import { launchFirefox } from '../harness/launch';
import type { PageFunction } from '../harness/types';
import {
  CORPUS_VIEWPORT,
  type CorpusTab,
  isNetworkUrl,
  isResourceNoise,
  mentionsExtension,
  type SeenRequest,
} from './tab';

const LOAD_TIMEOUT_MS = 30_000;

/**
 * Firefox ESR over WebDriver BiDi (as the harness launches it: the extension installed, every host
 * but loopback proxied to `proxyOrigin`, which records and aborts it) with one tab. BiDi does not
 * show a content script's requests as the tab's: only the proxy and the server see those.
 */
export async function openFirefoxTab(
  extensionDir: string,
  proxyOrigin: string,
): Promise<CorpusTab> {
  const browser = await launchFirefox({
    extensionDir,
    proxy: proxyOrigin,
    viewport: CORPUS_VIEWPORT,
  });

  let errors: string[] = [];
  let consoleErrors: string[] = [];
  let requests: SeenRequest[] = [];
  const page = await browser.newPage();
  for (const other of await browser.pages()) if (other !== page) await other.close();
  await page.setViewport(CORPUS_VIEWPORT);
  // BiDi reports the page's failed fonts and CORS refusals as errors too: those are not ours.
  page.on('pageerror', (error) => {
    if (!isResourceNoise(String(error))) errors.push(String(error));
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !isResourceNoise(message.text())) {
      consoleErrors.push(message.text());
    }
  });
  // No interception needed: the proxy aborts every other host, like the labels' run did.
  page.on('request', (request) => {
    const url = request.url();
    if (isNetworkUrl(url)) {
      requests.push({ url, byExtension: mentionsExtension(request.initiator()) });
    }
  });

  return {
    kind: 'firefox',
    async load(url) {
      [errors, consoleErrors, requests] = [[], [], []];
      await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    },
    evaluate: page.evaluate.bind(page) as <A, R>(fn: PageFunction<A, R>, arg: A) => Promise<R>,
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    errors: () => [...errors],
    consoleErrors: () => [...consoleErrors],
    requests: () => [...requests],
    close: () => browser.close(),
  };
}
