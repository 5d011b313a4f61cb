import { watchExtensionErrors, withExtensionErrors } from '../harness/extension-errors';
import { extensionWorker, launchChromium } from '../harness/launch';
import { isExternalUrl } from '../harness/tabs';
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

interface CdpRequest {
  request: { url: string };
  initiator?: unknown;
  documentURL?: string;
}

/**
 * Chromium (as the harness launches it: the chrome-mv3 build, proxied to `proxyOrigin`, which
 * refuses everything) with one tab; requests to other hosts are aborted like the labels' run.
 */
export async function openChromiumTab(
  extensionDir: string,
  proxyOrigin: string,
): Promise<CorpusTab> {
  const context = await launchChromium({
    extensionDir,
    proxy: proxyOrigin,
    viewport: CORPUS_VIEWPORT,
  });
  await extensionWorker(context, extensionDir).catch(async (error: unknown) => {
    await context.close();
    throw error;
  });

  let errors: string[] = [];
  let consoleErrors: string[] = [];
  let requests: SeenRequest[] = [];
  await context.route(
    (url) => isExternalUrl(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  // Requests of the extension's service worker reach the context, not the page.
  context.on('request', (request) => {
    if (request.serviceWorker() && isNetworkUrl(request.url())) {
      requests.push({ url: request.url(), byExtension: true });
    }
  });
  const page = context.pages()[0] ?? (await context.newPage());
  for (const other of context.pages()) if (other !== page) await other.close();
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !isResourceNoise(message.text())) {
      consoleErrors.push(message.text());
    }
  });
  // CDP tells who started a request: a content script shows in the initiator's stack; and what
  // our content script throws, whether or not playwright's pageerror reports it.
  const cdp = await context.newCDPSession(page);
  const extension = await watchExtensionErrors(cdp);
  let extensionFrom = 0;
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event: CdpRequest) => {
    const { url } = event.request;
    if (!isNetworkUrl(url)) return;
    const byExtension =
      mentionsExtension(event.initiator) || /^chrome-extension:/.test(event.documentURL ?? '');
    requests.push({ url, byExtension });
  });

  return {
    kind: 'chromium',
    async load(url) {
      [errors, consoleErrors, requests] = [[], [], []];
      extensionFrom = extension.errors.length;
      await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    },
    evaluate: page.evaluate.bind(page) as <A, R>(fn: PageFunction<A, R>, arg: A) => Promise<R>,
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    errors: () => withExtensionErrors(errors, extension.errors.slice(extensionFrom)),
    throwInExtension: extension.throwInExtension,
    consoleErrors: () => [...consoleErrors],
    requests: () => [...requests],
    close: () => context.close(),
  };
}
