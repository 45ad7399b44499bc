import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Every import is written out (DESIGN.md, convention 1).
  imports: false,
  // `browser` from wxt/browser becomes Mozilla's webextension-polyfill (promises in Chrome too).
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description:
      'Who said what in the news you read: officials, their roles and the sources of claims, highlighted on the page. Page text never leaves your browser.',
    permissions: ['storage'],
    // Online coverage and background knowledge: the service worker sends a person's name (or a
    // Wikidata id, a Wikipedia title) there, once the reader agreed; never the page or its address.
    host_permissions: [
      'https://api.gdeltproject.org/*',
      'https://www.wikidata.org/*',
      'https://en.wikipedia.org/*',
      'https://commons.wikimedia.org/*',
    ],
    action: { default_title: 'Sourcelight' },
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Turn Sourcelight highlights on or off' },
      'save-article': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save the article to the Sourcelight library' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.example',
              // data_collection_permissions came with Firefox 140 (142 on Android).
              strict_min_version: '142.0',
              // A person's name from the page goes to GDELT, only when the reader allows online coverage.
              data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    // The sources zip is for AMO's reviewers: what builds the extension, not tests, samples or output.
    excludeSources: ['tests/**', 'sample/**', 'bench/**', 'scripts/**', 'scratch/**', 'out/**', 'e2e-out/**', '.ci/**'],
  },
  vite: () => ({
    plugins: [preact()],
    resolve: {
      alias: {
        // linkedom (the background's HTML parser) asks for the optional node-canvas package; its own shim serves.
        canvas: fileURLToPath(new URL('./node_modules/linkedom/commonjs/canvas-shim.cjs', import.meta.url)),
        // ...and for a CSS parser for <style>.sheet, which the reading never asks for (lib/background/no-css-parser.ts).
        'cssomnom/parse': fileURLToPath(new URL('./lib/background/no-css-parser.ts', import.meta.url)),
      },
    },
  }),
});
