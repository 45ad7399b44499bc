import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Every import is written out (DESIGN.md, convention 1).
  imports: false,
  // `browser` from wxt/browser becomes Mozilla's webextension-polyfill (promises in Chrome too)...
  // @wxt-dev/i18n: locales/en.yml becomes _locales/en/messages.json; its `i18n.t` calls the browser's
  // own i18n.getMessage (through @wxt-dev/browser, not the polyfill), so it works in the content script too.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  hooks: {
    // ...except in the content script, which every page loads: there the polyfill was 9.6 of 80 KB
    // (2.6 of 28.8 KB gzipped), and the script calls only what both browsers give with promises
    // (runtime.sendMessage, storage.local) and answers through sendResponse
    // (lib/messaging/answer-page.ts). There wxt/browser stays WXT's own: Firefox's `browser`,
    // else Chrome's `chrome`.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      else if (alias) delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
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
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggleHighlights__' },
      'save-article': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSaveArticle__' },
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
      : // storage.session (the tabs' states) came with Chrome 102, after the promises the content
        // script's calls return without the polyfill (runtime.sendMessage's came with 99).
        { minimum_chrome_version: '102' }),
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
