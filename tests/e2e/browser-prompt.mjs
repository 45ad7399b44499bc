/**
 * Chromium's own permission prompt, answered as a reader would: by keyboard. Headless Chromium
 * shows an extension's `permissions.request` as a native dialog that nothing can answer
 * (microsoft/playwright#32755: out of Playwright's scope), so the tests that drive it run a headed
 * Chromium in a virtual X display (Xvfb) and press the keys with xdotool. The dialog takes the
 * keyboard, its focus on "Deny" (the safe default): Escape or Enter refuse, Tab then Enter allows.
 * Both tools are Debian packages (xvfb, xdotool) that `node scripts/check-chromium.mjs --install`
 * adds where it can; without them these tests skip and say why.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { XDOTOOL, XVFB } from '../../scripts/check-chromium.mjs';
import { checkBrowser } from '../../scripts/check-browser.mjs';

/** Null when both tools are there, else why the prompt cannot be driven here. */
export function promptToolsMissing() {
  const missing = [XVFB, XDOTOOL].map(checkBrowser).filter((c) => !c.ok);
  return missing.length ? missing.map((c) => c.message).join(' ') : null;
}

/** A virtual display of its own (the first free number from :90): `{ display, stop() }`. */
export async function startXvfb() {
  let n = 90;
  while (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) n++;
  const display = `:${n}`;
  const server = spawn(XVFB.exe, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  for (let waited = 0; !existsSync(`/tmp/.X11-unix/X${n}`); waited += 50) {
    if (waited > 5_000 || server.exitCode !== null) throw new Error(`Xvfb did not start on ${display}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { display, stop: () => server.kill() };
}

/** The keys that answer the prompt each way (see above). */
const KEYS = { allow: ['Tab', 'Return'], deny: ['Escape'] };

/**
 * Answers the permission prompt showing on `display`. The dialog comes a moment after the click
 * that asked, and Chromium ignores its buttons for a moment more (against a click meant for the
 * page), so the keys wait for both.
 * @param {string} display @param {'allow' | 'deny'} answer
 */
export async function answerPrompt(display, answer) {
  await new Promise((r) => setTimeout(r, 1_500));
  execFileSync(XDOTOOL.exe, ['key', ...KEYS[answer]], { env: { ...process.env, DISPLAY: display } });
}
