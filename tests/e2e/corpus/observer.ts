// The page's own MutationObserver, served inline in the page, and the reader of what it recorded
// (a page function: no named inner functions, see in-page.ts).

import type { RecordedMutation } from '../harness/mutations';

/**
 * Plain JS put at the top of `<head>`: a MutationObserver on the whole document, started before
 * Backstory (a `document_idle` content script). It drops the parser's own insertions (everything
 * before `readyState` leaves `loading`), lists every other mutation, ours included (judged by
 * harness/mutations.ts, which allows only the card's host), and lists apart (as `page`) what the
 * page's own inline event handlers change.
 */
export const OBSERVER_SCRIPT = `(function () {
  var state = { parsed: false, records: [], page: [] };
  Object.defineProperty(window, '__backstoryCorpus', { value: state });
  function name(node) {
    return node.nodeType === 1 ? node.localName + (node.id ? '#' + node.id : '') : node.nodeName;
  }
  function where(node) {
    var path = [];
    for (var e = node; e && e.nodeType !== 9 && path.length < 5; e = e.parentNode) path.unshift(name(e));
    return path.join('>');
  }
  function names(list) { return Array.prototype.map.call(list, name); }
  function describe(m) {
    return { type: m.type, target: name(m.target), where: where(m.target),
      attribute: m.attributeName, added: names(m.addedNodes), removed: names(m.removedNodes) };
  }
  function take(records) {
    if (!state.parsed) return;
    records.forEach(function (m) { state.records.push(describe(m)); });
  }
  var observer = new MutationObserver(take);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // The page's inline handlers (onload="this.rel='stylesheet'") survive the script stripping:
  // what they change is the page's doing, set apart by wrapping each handler.
  function wrapInlineHandlers() {
    Array.prototype.forEach.call(document.querySelectorAll('*'), function (el) {
      Array.prototype.forEach.call(el.attributes, function (attr) {
        if (attr.name.indexOf('on') !== 0 || !(attr.name in el)) return;
        // Reading el.onX compiles the handler: a syntax error would then be reported as a page
        // error of ours. Function() throws it quietly instead, and such handlers stay as they are.
        try { Function(attr.value); } catch (e) { return; }
        var original = el[attr.name];
        if (typeof original !== 'function') return;
        el[attr.name] = function () {
          take(observer.takeRecords());
          try { return original.apply(this, arguments); }
          finally { state.page = state.page.concat(observer.takeRecords().map(describe)); }
        };
      });
    });
  }
  document.addEventListener('readystatechange', function () {
    if (state.parsed) return;
    observer.takeRecords();
    state.parsed = true;
    wrapInlineHandlers();
  });
})();`;

/** What the page's observer recorded; `installed` is false when the inline script never ran. */
export const readMutations = () => {
  const state = (window as unknown as Record<string, unknown>).__backstoryCorpus as
    | { parsed: boolean; records: RecordedMutation[]; page: RecordedMutation[] }
    | undefined;
  return {
    installed: !!state?.parsed,
    records: state?.records ?? [],
    page: state?.page ?? [],
  };
};
