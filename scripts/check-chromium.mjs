/**
 * Is there a Chromium to run the extension in? `node scripts/check-chromium.mjs` exits 0 when the
 * executable (CHROMIUM_PATH, else /usr/bin/chromium) exists, else prints one line saying how to install it
 * and exits 1. With `--install`, a missing Debian Chromium is first installed with apt-get where that can
 * be done (as root, with apt-get present), so that `npm test` and `npm start` set up a fresh machine.
 * Also imported by scripts/start.mjs, tests/e2e/extension.mjs and playwright.config.ts.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/** @returns {{ ok: true, path: string } | { ok: false, path: string, message: string }} */
export function checkChromium() {
  const exe = chromiumPath();
  try {
    if (!statSync(exe).isFile()) throw new Error('not a file');
    accessSync(exe, constants.X_OK);
    return { ok: true, path: exe };
  } catch {
    const where = process.env.CHROMIUM_PATH
      ? `at CHROMIUM_PATH=${exe}`
      : `at ${exe} (set CHROMIUM_PATH to use another one)`;
    return {
      ok: false,
      path: exe,
      message: `error: no Chromium executable ${where}; install it with \`apt-get install -y chromium\` (prefix sudo if you are not root).`,
    };
  }
}

/**
 * checkChromium(), after installing Debian's chromium package when it is missing and we can:
 * as root, with apt-get, and CHROMIUM_PATH not pointing elsewhere.
 */
export function ensureChromium() {
  const first = checkChromium();
  const canInstall = !process.env.CHROMIUM_PATH && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (first.ok || !canInstall) return first;
  console.error('Chromium is missing: installing Debian\'s chromium package (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (r.status !== 0) return { ...first, message: `${first.message} (apt-get ${args[0]} failed)` };
  }
  return checkChromium();
}

function isMain() {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const result = process.argv.includes('--install') ? ensureChromium() : checkChromium();
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
}
