/**
 * `npm run analyze` as package.json states it, for what runs the command as a user's `npm run`
 * does without npm's own start: the bench (bench/analyze-process.ts) and the tests
 * (tests/helpers/cli.ts). package.json is the one place its Node flags are written; V8 reads
 * them only from the command line (see README, "The command's Node flags").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * The arguments to give Node (process.execPath): the script's flags, then the launcher's path,
 * absolute. Throws when the script is not `node [--flag ...] FILE`: a shell's quoting or
 * variables would not survive being split here.
 */
export function analyzeArgs(root = ROOT) {
  const script = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts?.analyze;
  const words = typeof script === 'string' ? script.trim().split(/\s+/) : [];
  const flags = words.slice(1, -1);
  const file = words.at(-1);
  if (words[0] !== 'node' || !file || file.startsWith('-') || !flags.every((f) => /^--[a-z0-9-]+(=[\w.-]+)?$/.test(f))) {
    throw new Error(`package.json: scripts.analyze should read "node [--flag ...] FILE", not ${JSON.stringify(script)}`);
  }
  return [...flags, path.join(root, file)];
}
