import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Fixed add-on id so Firefox keeps settings across updates and tests can address the extension. */
export const GECKO_ID = 'backstory@backstory.invalid';

export default defineConfig({
  srcDir: '.',
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Highlights the people of a bundled 2015 news article on any page and shows their background on hover.',
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['docs/**', 'test-results/**'],
  },
});
