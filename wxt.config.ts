import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { ALL_ONLINE_ORIGINS } from './lib/settings/online-hosts';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Every import is written out (DESIGN.md, convention 1).
  imports: false,
  // `browser` from wxt/browser becomes Mozilla's webextension-polyfill (promises in Chrome too)...
  // @wxt-dev/i18n: locales/en.yml becomes _locales/en/messages.json; its `i18n.t` calls the browser's
  // own i18n.getMessage (through @wxt-dev/browser, not the polyfill), so it works in the content script too.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module', '@wxt-dev/auto-icons'],
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
  // @wxt-dev/auto-icons: one drawing (assets/icon.svg) becomes every size the browsers and stores
  // ask for: the toolbar's 16 and 32, AMO's 48 and 96, the Chrome Web Store's 128. The popup's page
  // (its manifest.default_icon) names the small ones for the toolbar button.
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [128, 96, 48, 32, 16] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // Online coverage and background knowledge: the background sends a person's name (or a Wikidata
    // id, a Wikipedia title) there, never the page or its address. Optional: the browser grants each
    // service's hosts when the reader says yes to it (lib/settings/allow-online.ts). WXT drops
    // optional_host_permissions from an MV2 manifest, so Firefox's build lists them by hand.
    ...(browser === 'firefox' ? { optional_permissions: [...ALL_ONLINE_ORIGINS] } : { optional_host_permissions: [...ALL_ONLINE_ORIGINS] }),
    action: { default_title: '__MSG_extName__' },
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
  // scripts/lint-firefox.mjs builds a copy with source maps beside the scripts, to tell web-ext lint's
  // messages on our code from those on a library's; the shipped build has none.
  ...(process.env.SOURCELIGHT_LINT_BUILD ? { outDir: process.env.SOURCELIGHT_LINT_BUILD } : {}),
  vite: () => ({
    ...(process.env.SOURCELIGHT_LINT_BUILD ? { build: { sourcemap: 'hidden' as const } } : {}),
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
