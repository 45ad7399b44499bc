/**
 * Preloaded by the lint tools (eslint.config.js requires it; madge runs with `node --require`):
 * their `require('typescript')` gets TypeScript 6's JavaScript API instead of the project's
 * TypeScript 7.
 *
 * Why: TypeScript 7 (the native compiler, which `npm run typecheck` uses) ships no JavaScript
 * API under `typescript`; typescript-eslint's parser (and madge's, which is typescript-eslint's)
 * refuses TS 7.0 at load ("typescript-eslint does not support TS 7.0", tracked upstream in
 * typescript-eslint/typescript-eslint#10940) and supports TS 7 only from 7.1 on. The TypeScript team
 * publishes TypeScript 6 for running side by side as `@typescript/typescript6`. package.json's
 * `overrides` lets the tools' peer range accept the installed 7.0.2; this hook then hands them 6.
 * Remove both when typescript-eslint supports the project's TypeScript.
 */
const Module = require('node:module');

const typescript6 = require.resolve('@typescript/typescript6');
const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveTypescript6(request, ...rest) {
  return request === 'typescript' ? typescript6 : resolve.call(this, request, ...rest);
};
