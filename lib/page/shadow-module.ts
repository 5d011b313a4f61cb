// What only pages with web components need, loaded by the page module from the extension when a
// page has them (entrypoints/content/shadow-module.ts, built by scripts/build-modules.ts): our
// highlight rules adopted by shadow roots, reading slotted text, and roots attached late.
export { createLateRootWatch } from './late-roots';
export { createShadowStyles } from './shadow-styles';
export { readSlots } from './slotted-runs';
