import { browser } from 'wxt/browser';

/** The options WXT passes with the content script's definition (those this context reads). */
interface ScriptOptions {
  noScriptStartedPostMessage?: boolean;
}

/**
 * The content script's context: WXT's `ContentScriptContext` as far as Backstory uses it (the
 * abort signal, `onInvalidated`, and stopping an older copy of the script when a newer one
 * starts in the page), without what every page would compile for nothing (a location watcher,
 * wrapped timers, a logger): wxt.config.ts builds the content script with this in its place.
 * The started event has WXT's name, so a copy of an older version of the extension stops too.
 */
export class ContentScriptContext {
  readonly #controller = new AbortController();

  // WXT passes the definition's options too; none of them matters here (ours never posts the
  // started message to the page: `noScriptStartedPostMessage`).
  constructor(contentScriptName: string, _options?: ScriptOptions) {
    const type = `${browser.runtime?.id}:${contentScriptName}:wxt:content-script-started`;
    const messageId = Math.random().toString(36).slice(2);
    // The copy already in the page (before an update or reload of the extension) stops.
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName, messageId } }));
    const onStarted = (event: Event) => {
      const detail = (event as CustomEvent).detail;
      if (detail?.contentScriptName === contentScriptName && detail.messageId !== messageId) {
        this.notifyInvalidated();
      }
    };
    document.addEventListener(type, onStarted, { signal: this.signal });
  }

  /** Aborts when the extension is reloaded, updated or removed. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Calls `callback` once the context is invalidated; returns a function that stops that. */
  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  /** Stops everything of this copy of the script. */
  notifyInvalidated(): void {
    this.#controller.abort('Content script context invalidated');
  }
}
