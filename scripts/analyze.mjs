/**
 * `npm run analyze`: runs the bundled command (.output/cli/analyze.mjs, scripts/build-cli.mjs),
 * rebuilding it first when it is missing or when a source it was built from is newer. The
 * bundle is imported into this process (not spawned), so a run costs one Node start-up.
 */
import { pathToFileURL } from 'node:url';
import { BUNDLE, isStale } from './cli-paths.mjs';

if (isStale()) await (await import('./build-cli.mjs')).buildCli();
await import(pathToFileURL(BUNDLE).href);
