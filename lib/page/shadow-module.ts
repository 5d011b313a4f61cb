// What only pages with web components need, loaded by the page module from the extension when a
// page has them (entrypoints/content/shadow-module.ts, built by scripts/build-modules.ts): the
// book of the page's shadow roots, our highlight rules adopted by them, reading slotted text, and
// roots attached late.
export { createShadowBook } from './shadow-book';
