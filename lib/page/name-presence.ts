// Whether a page may hold a name at all, asked before the page module is loaded: most pages hold
// none, and for them one expression over their text costs a fraction of reading it node by node.

import { EVERY_INVISIBLE } from '../text/chars';
import { shadowRootReader } from './shadow-roots';

/** What the presence check reports besides its answer. */
export interface PresenceEvents {
  /** A shadow root whose text holds no name (yet): its later changes are to be watched. */
  onRoot(root: ShadowRoot): void;
}

/**
 * Tells whether the text under a node may hold one of the matcher's names: `presence` (the
 * stored matcher's presence expression) finds one word of every spelling of every name,
 * in text joined across elements (`textContent`), so a hit is necessary, not sufficient, and no
 * name is missed because of where text nodes start and end. Shadow roots are looked into, closed
 * ones too; a custom element not defined yet counts as a hit, as it may get a root later (the page
 * module watches for that).
 */
export function createNamePresence(presence: RegExp, events: PresenceEvents, win: Window = window) {
  let undefinedElement = false;
  const rootOf = shadowRootReader(win, (element) => {
    undefinedElement ||= !element.matches(':defined');
  });

  function mayHoldNames(node: Node): boolean {
    const text = node.textContent ?? '';
    // The text as it is, or without the characters the matcher reads past inside a name (a soft
    // hyphen, Arabic marks) where it has any: most texts have none, and a copy costs a pass.
    const stripped = () => text.search(EVERY_INVISIBLE) >= 0 && text.replace(EVERY_INVISIBLE, '');
    if (presence.test(text) || presence.test(stripped() || '')) return true;
    const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 1);
    for (let e = node.nodeType === 1 ? node : walker.nextNode(); e; e = walker.nextNode()) {
      const shadow = rootOf(e as Element);
      // A form's control named `shadowRoot` is no root.
      if (shadow?.nodeType === 11) {
        if (mayHoldNames(shadow)) return true;
        events.onRoot(shadow);
      }
      if (undefinedElement) return true;
    }
    return false;
  }

  return mayHoldNames;
}

/**
 * Calls `found` once, at once if the document may hold one of the names `presence` finds, else as
 * soon as text that may arrives (in the document or in a shadow root seen); returns the stop.
 */
export function awaitNames(doc: Document, presence: RegExp, found: () => void): () => void {
  // Text added or changed is looked at with its element, as its words may run on into the text
  // beside it (but the body's whole text was looked at already).
  const owner = (node: Node) =>
    node.nodeType === 3 && node.parentNode && node.parentNode !== doc.body ? node.parentNode : node;
  const observer = new MutationObserver((records) => {
    for (const { type, target, addedNodes } of records) {
      if (type === 'characterData' && mayHoldNames(owner(target))) return stop();
      for (const node of addedNodes) if (mayHoldNames(owner(node))) return stop();
    }
  });
  const stop = () => {
    observer.disconnect();
    found();
  };
  const watch = (root: Node) =>
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  const mayHoldNames = createNamePresence(presence, { onRoot: watch });
  watch(doc);
  if (mayHoldNames(doc.body ?? doc.documentElement)) stop();
  return () => observer.disconnect();
}
