import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite (tests/e2e-firefox): Debian's Firefox ESR driven over WebDriver BiDi
// with the extension's Firefox build. Run it with `npm run test:firefox` (checks Firefox, builds, runs).
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false, // one Firefox at a time
    reporters: ['verbose'],
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
