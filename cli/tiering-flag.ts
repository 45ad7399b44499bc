/** The V8 flag cli/v8-tiering.ts sets, chosen by V8's version: a module of its own so that a test can ask without setting it. */
export const INTERRUPT_BUDGET = 1_000_000;

/** The flag to set under this V8 (process.versions.v8) and command line, or null for none. */
export function tieringFlag(v8Version: string, execArgv: readonly string[]): string | null {
  const major = Number.parseInt(v8Version, 10);
  if (!(major <= 11)) return null;
  if (execArgv.some((arg) => /^--interrupt[-_]budget=/.test(arg))) return null;
  return `--interrupt-budget=${INTERRUPT_BUDGET}`;
}
