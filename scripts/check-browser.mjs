/**
 * Is there a browser to run the extension in? The shared part of scripts/check-chromium.mjs and
 * scripts/check-firefox.mjs: a browser is a Debian package with an executable at a default path,
 * which an environment variable can point elsewhere. With `--install`, a missing one is first
 * installed with apt-get where that can be done (as root, with apt-get present), so that `npm test`
 * sets up a fresh machine.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @typedef {{ name: string, pkg: string, env: string, exe: string }} BrowserSpec */
/** @typedef {{ ok: true, path: string } | { ok: false, path: string, message: string }} BrowserCheck */

/** @param {BrowserSpec} spec */
export function browserPath(spec) {
  return process.env[spec.env] || spec.exe;
}

/** @param {BrowserSpec} spec @returns {BrowserCheck} */
export function checkBrowser(spec) {
  const exe = browserPath(spec);
  try {
    if (!statSync(exe).isFile()) throw new Error('not a file');
    accessSync(exe, constants.X_OK);
    return { ok: true, path: exe };
  } catch {
    const where = process.env[spec.env] ? `at ${spec.env}=${exe}` : `at ${exe} (set ${spec.env} to use another one)`;
    return {
      ok: false,
      path: exe,
      message: `error: no ${spec.name} executable ${where}; install it with \`apt-get install -y ${spec.pkg}\` (prefix sudo if you are not root).`,
    };
  }
}

/**
 * checkBrowser(), after installing the Debian package when it is missing and we can: as root,
 * with apt-get, and the environment variable not pointing elsewhere.
 * @param {BrowserSpec} spec @returns {BrowserCheck}
 */
export function ensureBrowser(spec) {
  const first = checkBrowser(spec);
  const canInstall = !process.env[spec.env] && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (first.ok || !canInstall) return first;
  console.error(`${spec.name} is missing: installing Debian's ${spec.pkg} package (apt-get install -y ${spec.pkg})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', spec.pkg],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (r.status !== 0) return { ...first, message: `${first.message} (apt-get ${args[0]} failed)` };
  }
  return checkBrowser(spec);
}

/** Whether the module at `moduleUrl` is the script Node was started with. */
export function isMain(moduleUrl) {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/** The command line of a check script: exit 1 with the message when the browser is missing. @param {BrowserSpec} spec */
export function runCheck(spec) {
  const result = process.argv.includes('--install') ? ensureBrowser(spec) : checkBrowser(spec);
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
}
