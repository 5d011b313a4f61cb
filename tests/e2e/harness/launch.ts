// The one place Chromium and Firefox are launched (with an extension, or Chromium without one for
// the bench's in-page harness) and kept to loopback: the e2e harness, the corpus run and the bench
// all launch through here.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type BrowserContext,
  chromium,
  type Browser as PlainChromium,
  type Worker,
} from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Where Debian installs Chromium; `BACKSTORY_CHROMIUM` overrides it. */
export const CHROMIUM_EXECUTABLE = process.env.BACKSTORY_CHROMIUM ?? '/usr/bin/chromium';
/** Where Debian installs Firefox ESR; `BACKSTORY_FIREFOX` overrides it. */
export const FIREFOX_EXECUTABLE = process.env.BACKSTORY_FIREFOX ?? '/usr/bin/firefox-esr';
/** The extension's moz-extension:// host, fixed by pref so a harness knows it in advance. */
export const FIREFOX_EXTENSION_UUID = '6f1b3c2e-5a4d-4e8f-9b7a-2c1d0e3f4a5b';

/** Chromium without its own background traffic, sandbox or GPU (containers have neither). */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const WORKER_TIMEOUT_MS = 15_000;

// Still imported from here by scenarios/highlighter-shadow.ts, which another change holds.

// What was launched, for modules that drive the browsers beyond the page objects (harness/card.ts).
const chromiumContexts: BrowserContext[] = [];
const firefoxes: Browser[] = [];

/** The Chromium contexts launched so far, latest last. */
export const launchedChromiums = (): readonly BrowserContext[] => chromiumContexts;
/** The Firefox browsers launched so far, latest last. */
export const launchedFirefoxes = (): readonly Browser[] => firefoxes;

/** How to launch a browser with an extension. */
export interface LaunchOptions {
  /** The unpacked build to load. */
  extensionDir: string;
  /**
   * `http://host:port` every host but loopback goes through (a server that records and refuses
   * it); loopback bypasses it.
   */
  proxy: string;
  viewport: { width: number; height: number };
  /** More Chromium switches. */
  args?: readonly string[];
}

/** Chromium (new headless mode, which playwright starts as "headed") with the extension loaded. */
export async function launchChromium(options: LaunchOptions): Promise<BrowserContext> {
  const { extensionDir } = options;
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_EXECUTABLE,
    headless: false,
    viewport: options.viewport,
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--proxy-server=${options.proxy}`,
      ...QUIET_CHROMIUM_FLAGS,
      ...(options.args ?? []),
    ],
  });
  chromiumContexts.push(context);
  return context;
}

/**
 * Headless Chromium without an extension (the bench's in-page harness), every host but loopback
 * sent to `proxy`: give a closed port (`127.0.0.1:9`) for those requests to fail at once.
 */
export function launchPlainChromium(options: {
  proxy: string;
  args?: readonly string[];
}): Promise<PlainChromium> {
  return chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: [`--proxy-server=${options.proxy}`, ...QUIET_CHROMIUM_FLAGS, ...(options.args ?? [])],
  });
}

/** The extension's running service worker (an idle one may have been restarted: ask again). */
export async function extensionWorker(
  context: BrowserContext,
  extensionDir: string,
): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isOurs);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', {
      predicate: isOurs,
      timeout: WORKER_TIMEOUT_MS,
    });
  } catch {
    throw new Error(
      `Backstory did not load in Chromium: no extension service worker within ` +
        `${WORKER_TIMEOUT_MS} ms (extension dir ${extensionDir}; is it a valid chrome-mv3 build?)`,
    );
  }
}

/**
 * Firefox ESR over WebDriver BiDi with the extension installed (its UUID fixed to
 * `FIREFOX_EXTENSION_UUID`) and every host but loopback sent to the proxy. Closes the browser and
 * throws when the extension does not install.
 */
export async function launchFirefox(options: LaunchOptions): Promise<Browser> {
  const { extensionDir } = options;
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string | undefined = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extensionDir}/manifest.json has no gecko id`);
  const proxy = new URL(options.proxy);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_EXECUTABLE,
    headless: true,
    defaultViewport: options.viewport,
    args: ['--remote-allow-system-access'],
    // Release builds ignore `services.settings.server` (below) without this variable.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': proxy.hostname,
      'network.proxy.http_port': Number(proxy.port),
      'network.proxy.ssl': proxy.hostname,
      'network.proxy.ssl_port': Number(proxy.port),
      'network.proxy.allow_hijacking_localhost': false,
      'network.dns.disablePrefetch': true,
      // The proxy refuses by closing the connection: fail at once instead of retrying ten times.
      'network.http.request.max-attempts': 1,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
  });
  firefoxes.push(browser);
  try {
    const installed = await browser.installExtension(extensionDir).catch((error: unknown) => {
      throw new Error(`Backstory did not install in Firefox from ${extensionDir}: ${error}`);
    });
    if (installed !== geckoId) throw new Error(`Firefox installed ${installed}, not ${geckoId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}
