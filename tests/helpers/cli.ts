/** Runs `npm run analyze` (scripts/analyze.mjs: the bundled CLI, rebuilt when stale) as a user does, and keeps its exit code and output. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from './shared-data';

const run = promisify(execFile);
const CLI = path.join(PROJECT_ROOT, 'scripts/analyze.mjs');
export const SAMPLE = path.join(PROJECT_ROOT, 'sample/world/harbour-talks.html');

export async function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return analyzeWith({}, ...args);
}

/** The same, with `input` on its standard input. */
export function analyzeInput(input: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(input);
  });
}

/** The same, with variables added to the environment (NODE_OPTIONS to preload a network guard, SOURCE_DATE_EPOCH). */
export async function analyzeWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      cwd: PROJECT_ROOT,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
