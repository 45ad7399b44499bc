import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest: the wxt.config aliases (@/) and `browser` as an in-memory fake.
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto', './tests/helpers/fake-i18n.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
