/**
 * The bundle's worker thread (worker.mjs, started by cli/worker-pool.ts): V8's tiering first, then
 * the analysis from its cached core (cli/core-loader.ts), whose cli/worker.ts answers the pool's tasks.
 */
import './v8-tiering';
import { loadAnalysis } from './core-loader';

await loadAnalysis();
