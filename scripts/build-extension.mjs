/** Builds the Chromium extension (.output/chrome-mv3) for the scripts that measure it; exits with `who`'s message when the build fails. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../tests/e2e/extension.mjs';

export function buildExtension(who, note = (s) => console.error(s)) {
  note('building the extension (chrome-mv3)');
  const build = spawnSync(path.join(projectRoot, 'node_modules/.bin/wxt'), ['build'], { cwd: projectRoot, stdio: 'ignore' });
  if (build.status !== 0) {
    console.error(`${who}: wxt build failed`);
    process.exit(1);
  }
}
