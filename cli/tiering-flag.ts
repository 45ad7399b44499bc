/** The V8 flags cli/v8-tiering.ts sets, chosen by V8's version: a module of its own so that a test can ask without setting them. */
export const INTERRUPT_BUDGET = 1_000_000;

/**
 * The flags to set under this V8 (process.versions.v8) and command line, space-separated, or null for none:
 * - `--interrupt-budget`: TurboFan held back (see v8-tiering.ts);
 * - `--no-regexp-tier-up`: each regular expression compiled once, to machine code, at its first match.
 *   By default V8 compiles it to bytecode first, interprets that once, then compiles it again; the
 *   analysis runs some 140 expressions, most of them many times (the tokenizer's ~80,000), so nearly
 *   every one was compiled twice. Its Unicode classes (\p{L}) make a compile dear: the tokenizer's
 *   takes ~2.6 ms. Over 84 news texts a run costs ~28M instructions fewer (3,357M → 3,329M). The
 *   matches are the same: only how V8 runs the expression changes.
 * A flag given on the command line is left as it is.
 */
export function tieringFlag(v8Version: string, execArgv: readonly string[]): string | null {
  const major = Number.parseInt(v8Version, 10);
  if (!(major <= 11)) return null;
  const flags: string[] = [];
  if (!execArgv.some((arg) => /^--interrupt[-_]budget=/.test(arg))) flags.push(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  if (!execArgv.some((arg) => /^--(?:no-)?regexp[-_]tier[-_]up$/.test(arg))) flags.push('--no-regexp-tier-up');
  return flags.length ? flags.join(' ') : null;
}
