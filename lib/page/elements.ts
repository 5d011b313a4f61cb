/** Elements whose text is never a reader's prose, or belongs to a control the user types in. */
const SKIPPED = /* @__PURE__ */ new Set(
  /* @__PURE__ */ 'script style noscript template textarea input select option optgroup iframe object embed canvas video audio svg math head title'.split(
    ' ',
  ),
);

/** Elements that flow inside a line, so a name may run across them (`John <b>Kerry</b>`, a slot). */
// A string split once: the content script has a size budget, and quoted lists cost bytes.
export const INLINE: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ 'a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q s samp small span strike strong sub sup time tt u var wbr output slot'.split(
    ' ',
  ),
);

/** Prefix of every element and highlight name Backstory owns. */
export const OWN_PREFIX = 'backstory-';

/**
 * An element's tag name in lower case, whatever its form controls are called: a form's controls
 * shadow the form's properties of the same name (`<input name="localName">`), in content scripts
 * too, and a page could stop our scan that way. Only a form's can, so a name that is not a string
 * is a form's. Read directly rather than through Element's getter: asked of many elements.
 */
export function localNameOf(element: Element): string {
  const name: unknown = element.localName;
  return typeof name === 'string' ? name : 'form';
}

/** Whether elements of this (lower-case) name are left alone whatever their attributes. */
export function isSkippedName(name: string): boolean {
  return SKIPPED.has(name) || name.startsWith(OWN_PREFIX);
}

/** Whether an element's subtree is left alone: code, controls, editors, hidden or our own UI. */
export function isSkipped(element: Element): boolean {
  return isSkippedName(localNameOf(element)) || hasSkippingAttributes(element);
}

/** Whether an element's attributes make it left alone: `hidden`, or an editor. */
export function hasSkippingAttributes(element: Element): boolean {
  // Element's own methods, for the same reason as in `localNameOf`.
  const { hasAttributes, getAttribute } = Element.prototype;
  // Most elements have no attributes: one question instead of two.
  if (!hasAttributes.call(element)) return false;
  if (getAttribute.call(element, 'hidden') !== null) return true;
  const editable = getAttribute.call(element, 'contenteditable');
  return editable !== null && editable !== 'false';
}

/** Whether an element sits inside a line of text rather than starting a block of its own. */
export function isInline(element: Element): boolean {
  return INLINE.has(localNameOf(element));
}

/** Whether a node is inside a skipped region or the document is being edited as a whole. */
export function isInsideSkipped(node: Node): boolean {
  const doc = node.ownerDocument;
  if (doc?.designMode === 'on') return true;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return true;
  // A loop, not `closest()` with a selector: parsing one costs every page ~40 µs.
  for (let e: Element | null = element; e; e = e.parentElement) if (isSkipped(e)) return true;
  return false;
}

/**
 * `isInsideSkipped` for many elements at once (a batch of added paragraphs): siblings share the
 * answer for their parent, so the ancestors are looked at once per parent.
 */
export function createSkipCheck(): (root: Block) => boolean {
  const byParent = new Map<Element, boolean>();
  return (element) => {
    // A shadow root is read only if its host is not skipped (checked as it is found).
    if (isShadowRoot(element)) return false;
    const parent = element.parentElement;
    if (!parent || isSkipped(element)) return isInsideSkipped(element);
    let inside = byParent.get(parent);
    if (inside === undefined) {
      inside = isInsideSkipped(parent);
      byParent.set(parent, inside);
    }
    return inside;
  };
}

/**
 * A unit of text read as a whole: a block element, or a shadow root for the text and inline
 * elements at its top (they have no parent element).
 */
export type Block = Element | ShadowRoot;

/** Whether a node is a shadow root (a document fragment that is not a template's content). */
export const isShadowRoot = (node: Node | null): node is ShadowRoot =>
  node?.nodeType === 11 && 'host' in node;

/** The nearest ancestor (or self) that starts a block: the unit whose text is read as a whole. */
export function blockOf(node: Node): Block | null {
  if (isShadowRoot(node)) return node;
  let element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (element && isInline(element) && element.parentElement) element = element.parentElement;
  const top = (element ?? node).parentNode;
  return (!element || isInline(element)) && isShadowRoot(top) ? top : element;
}

/** Keeps only the roots that no other root contains (each once). */
export function outermost<R extends Block>(roots: Iterable<R>): R[] {
  const list = [...new Set(roots)];
  const set = new Set<Node>(list);
  // Siblings (a page appending a batch of paragraphs) never contain one another.
  const parent = list[0]?.parentElement;
  if (parent && !set.has(parent) && list.every((root) => root.parentElement === parent)) {
    return list;
  }
  return list.filter((root) => {
    // By parent node: a root inside a shadow root that is queued too is not read twice.
    for (let e = root.parentNode; e; e = e.parentNode) if (set.has(e)) return false;
    return true;
  });
}
