// The slots module (scripts/build-modules.ts): imported by the page module from the extension on
// a page with a slot in a shadow root, so other pages never compile it.
export { readSlots } from '../../lib/page/slotted-runs';
