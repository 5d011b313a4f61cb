// What the add-article row times inside the pages (Date.now is one clock across tabs), as source
// text: tsx would wrap their inner functions in a helper the page does not have.

/** Whether a person highlight of the page reads the name. */
const READS_NAME = `(name) => [...(CSS.highlights.get('backstory-person') ?? [])].some((range) => {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString() === name;
})`;

/** The expression whether a person highlight reads `name`, to evaluate in the page. */
export const isHighlighted = (name: string) => `(${READS_NAME})(${JSON.stringify(name)})`;

/** Records in `window.seenAt` when a person highlight first reads the name. */
export const WATCH_HIGHLIGHT = `(name) => {
  window.seenAt = undefined;
  const look = () => {
    if ((${READS_NAME})(name)) window.seenAt = Date.now();
    else requestAnimationFrame(look);
  };
  look();
}`;
/** Records in `window.clickedAt` the click on Save, in `window.storedAt` the page saying it saved. */
export const WATCH_SAVE = `(title) => {
  window.clickedAt = window.storedAt = undefined;
  document.addEventListener('click', (event) => {
    if (event.target.closest('button')?.textContent === 'Save to library') window.clickedAt = Date.now();
  }, { capture: true, once: true });
  const watch = new MutationObserver(() => {
    if (document.body.textContent.includes('Added “' + title + '” to your library.')) {
      window.storedAt = Date.now();
      watch.disconnect();
    }
  });
  watch.observe(document.body, { childList: true, subtree: true, characterData: true });
}`;

/** Records in `window.askedAt` the click on Find the names, in `window.reviewAt` the review shown. */
export const WATCH_FIND = `() => {
  window.askedAt = window.reviewAt = undefined;
  document.addEventListener('click', (event) => {
    if (event.target.closest('button')?.textContent === 'Find the names') window.askedAt = Date.now();
  }, { capture: true, once: true });
  const watch = new MutationObserver(() => {
    if (document.querySelector('.review')) {
      window.reviewAt = Date.now();
      watch.disconnect();
    }
  });
  watch.observe(document.body, { childList: true, subtree: true });
}`;
