// The shadow module (scripts/build-modules.ts): imported by the page module from the extension on
// a page with web components, so other pages never compile it.
export * from '../../lib/page/shadow-module';
