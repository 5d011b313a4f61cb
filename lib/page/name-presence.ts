// Whether a page may hold a name at all, asked before the page module is loaded: most pages hold
// none, and for them one expression over their text costs a fraction of reading it node by node.

import { EVERY_INVISIBLE } from '../text/chars';

/**
 * Elements a run of text never crosses: a change is looked at with all the text of the nearest
 * one around it, as a name's words may run on into the text beside the change (an element not
 * listed is looked past: more text than needed, never less).
 */
const BLOCKS =
  ' body p div li td th dd dt pre blockquote section article main aside header footer nav h1 h2 h3 h4 h5 h6 ';

/** Elements whose text is code, not prose. */
const SCRIPTS = ' script style noscript template ';

/** The nearest element around `node` (itself, if one) that no run of text crosses. */
function blockAround(node: Node): Node {
  let at = node;
  while (at.parentNode && !BLOCKS.includes(` ${(at as Element).localName} `)) at = at.parentNode;
  return at;
}

/**
 * Whether the text of `node` may hold one of the matcher's names: `presence` (the stored
 * matcher's presence expression) finds one word of every spelling of every name, in text joined
 * across elements (`textContent`), so a hit is necessary, not sufficient, and no name is missed
 * because of where text nodes start and end.
 */
export function textMayHoldNames(presence: RegExp, node: Node): boolean {
  const text = node.textContent ?? '';
  // The text as it is, or without the characters the matcher reads past inside a name (a soft
  // hyphen, Arabic marks) where it has any: most texts have none, and a copy costs a pass.
  const stripped = () => text.search(EVERY_INVISIBLE) >= 0 && text.replace(EVERY_INVISIBLE, '');
  return presence.test(text) || presence.test(stripped() || '');
}

/**
 * Whether `node` is or holds a web component: an element with an open shadow root, or a custom
 * element (closed roots live there, and one not defined yet may get a root later). Their text is
 * not in `textContent`: the page module reads them.
 */
function holdsComponents(node: Node): boolean {
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 1);
  for (let e = node.nodeType === 1 ? node : walker.nextNode(); e; e = walker.nextNode()) {
    // A template literal: a form's control named `localName` is an element, not a string.
    if ((e as Element).shadowRoot || `${(e as Element).localName}`.includes('-')) return true;
  }
  return false;
}

/**
 * Calls `found` once, at once if the document may hold one of the names `presence` finds (or has
 * web components), else as soon as a change brings text that may (or a component); returns the
 * stop.
 */
export function awaitNames(doc: Document, presence: RegExp, found: () => void): () => void {
  const observer = new MutationObserver((records) => {
    for (const { type, target, addedNodes } of records) {
      if (type === 'characterData' && textMayHoldNames(presence, blockAround(target))) {
        return stop();
      }
      for (const node of addedNodes) {
        if (holdsComponents(node)) return stop();
        // No text to add (an image, a frame), or none a reader sees (a script, as pages add by
        // the dozen): nothing to look at around it.
        if (!node.textContent || SCRIPTS.includes(` ${(node as Element).localName} `)) continue;
        if (textMayHoldNames(presence, blockAround(node))) return stop();
      }
    }
  });
  const stop = () => {
    observer.disconnect();
    found();
  };
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  const root = doc.body ?? doc.documentElement;
  if (textMayHoldNames(presence, root) || holdsComponents(root)) stop();
  return () => observer.disconnect();
}
