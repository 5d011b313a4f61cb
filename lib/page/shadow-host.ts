/** Events stopped at our UI's edge: the page's keyboard shortcuts never see keys typed in it. */
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/** Our UI's place on the page: a host element and the container inside its shadow root. */
export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
  remove(): void;
}

/**
 * Adds `<name>` as the last child of `<html>`, with a shadow root holding `css` and an empty
 * container. The host resets every property the page could make it inherit (`all: initial`,
 * important: inside the shadow root an important rule wins over the page's important rules).
 * The name starts with our prefix, so the highlighter and the mutation watcher leave it alone.
 */
export function createShadowHost(doc: Document, name: string, css: string): ShadowHost {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const root = doc.createElement('html');
  const head = doc.createElement('head');
  const style = doc.createElement('style');
  style.textContent = `:host { all: initial !important; }\n${css}`;
  head.append(style);
  const container = doc.createElement('body');
  root.append(head, container);
  shadow.append(root);
  for (const type of KEY_EVENTS) {
    container.addEventListener(type, (event) => event.stopPropagation());
  }
  doc.documentElement.append(host);
  return { host, shadow, container, remove: () => host.remove() };
}
