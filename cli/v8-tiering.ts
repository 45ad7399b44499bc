/**
 * V8's optimising compiler held back for the analyze command: a function is compiled by TurboFan
 * only after ~15 times V8's default amount of bytecode run (--interrupt-budget 67,584 → 1,000,000).
 * The analysis is hundreds of functions of middling heat; with the default V8 optimises ~190 of
 * them over 84 news texts, on background threads that take the CPU a second thread would analyse
 * with (1.7 s of CPU for a 1.1 s run on one thread), and most are done before the code pays it
 * back. Held back, ~40 of the hottest are optimised and the same run costs ~1.05 s of CPU; on 420
 * texts too it costs less (4.0 → 3.3 s), so the hot paths still get optimised on long runs.
 * What V8 compiles never changes what the analysis computes: the output is byte for byte the same.
 * V8's flags are the process's, so the worker threads have it too. Imported first by both entries;
 * a budget given on the command line (node --interrupt-budget=N) is left as it is. With it goes
 * --no-regexp-tier-up (tiering-flag.ts): each regular expression compiled once rather than twice.
 *
 * Only V8 11 (Node 20) has the flag and was measured with it: V8 12 (Node 22) and later count
 * invocations instead and tier up through Maglev, and answer an unknown flag with an error line on
 * standard error at every start. There V8's own tiering is kept.
 */
import { setFlagsFromString } from 'node:v8';
import { tieringFlag } from './tiering-flag';

const flags = tieringFlag(process.versions.v8, process.execArgv);
if (flags) setFlagsFromString(flags);
