/**
 * `npm run check:packages`: the store packages as the stores receive them. Builds both
 * (`npm run zip`, `npm run zip:firefox`) unless given --no-build, opens the zips and checks what a
 * store reviews: every icon size each store asks for is in the package and named by the manifest;
 * the content script runs on http and https pages only; no service's host is granted at install (the
 * services' hosts are optional, asked for when the reader says yes); the manifest's name and
 * description come from the English locale, which is in the package. Prints what it found; exits 1
 * with the list of what is wrong.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** The hosts of the online services: optional, never granted at install. */
export const SERVICE_HOSTS = ['https://api.gdeltproject.org/*', 'https://www.wikidata.org/*', 'https://en.wikipedia.org/*'];
const PAGE_MATCHES = ['http://*/*', 'https://*/*'];
/** Chrome Web Store: 128; AMO: 48 and 96; the toolbar: 16 and 32. */
const ICON_SIZES = ['16', '32', '48', '96', '128'];

const sorted = (xs) => [...xs].sort();
const same = (a, b) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
const isHost = (p) => /^(?:\*|https?|<all_urls>)/.test(p) || p.includes('://');

export async function checkPackage(zipFile, target) {
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  const read = async (name) => zip.file(name)?.async('string');
  const problems = [];
  const manifest = JSON.parse((await read('manifest.json')) ?? '{}');

  const icons = manifest.icons ?? {};
  for (const size of ICON_SIZES) {
    if (!icons[size]) problems.push(`no ${size}px icon in the manifest`);
    else if (!zip.file(icons[size].replace(/^\//, ''))) problems.push(`the ${size}px icon ${icons[size]} is not in the package`);
  }
  const action = manifest.action ?? manifest.browser_action ?? {};
  if (!action.default_icon) problems.push('the toolbar button names no icon');

  const scripts = manifest.content_scripts ?? [];
  if (!scripts.length) problems.push('no content script');
  for (const s of scripts) if (!same(s.matches ?? [], PAGE_MATCHES)) problems.push(`a content script matches ${JSON.stringify(s.matches)}`);

  const granted = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter(isHost)];
  if (granted.length) problems.push(`hosts granted at install: ${granted.join(', ')}`);
  const optional = target === 'chrome' ? (manifest.optional_host_permissions ?? []) : (manifest.optional_permissions ?? []).filter(isHost);
  if (!same(optional, SERVICE_HOSTS))
    problems.push(`optional hosts ${JSON.stringify(optional)}, not the services' ${JSON.stringify(SERVICE_HOSTS)}`);

  if (manifest.default_locale !== 'en') problems.push(`default_locale is ${JSON.stringify(manifest.default_locale)}, not "en"`);
  const messages = JSON.parse((await read('_locales/en/messages.json')) ?? 'null');
  if (!messages) problems.push('no _locales/en/messages.json');
  for (const key of ['name', 'description']) {
    const m = /^__MSG_(\w+)__$/.exec(manifest[key] ?? '');
    if (!m) problems.push(`the manifest's ${key} is not localised: ${JSON.stringify(manifest[key])}`);
    else if (!messages?.[m[1]]?.message) problems.push(`the manifest's ${key} names the message ${m[1]}, which en lacks`);
  }
  return {
    target,
    file: path.relative(root, zipFile),
    name: messages?.[/^__MSG_(\w+)__$/.exec(manifest.name ?? '')?.[1] ?? '']?.message ?? manifest.name,
    permissions: manifest.permissions ?? [],
    optional,
    matches: scripts.flatMap((s) => s.matches ?? []),
    icons: Object.keys(icons),
    messages: messages ? Object.keys(messages).length : 0,
    problems,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--no-build')) {
    for (const script of ['zip', 'zip:firefox']) {
      const r = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
      if (r.status !== 0) {
        console.error(`check:packages: npm run ${script} failed`);
        process.exit(1);
      }
    }
  }
  const results = [
    await checkPackage(path.join(root, '.output', `sourcelight-${version}-chrome.zip`), 'chrome'),
    await checkPackage(path.join(root, '.output', `sourcelight-${version}-firefox.zip`), 'firefox'),
  ];
  for (const r of results) {
    console.log(
      `${r.target}: ${r.file}: "${r.name}", permissions ${JSON.stringify(r.permissions)}, optional ${JSON.stringify(r.optional)},` +
        ` content script on ${JSON.stringify(r.matches)}, icons ${r.icons.join('/')}, ${r.messages} messages`,
    );
    for (const p of r.problems) console.log(`  ✗ ${p}`);
  }
  process.exit(results.some((r) => r.problems.length) ? 1 : 0);
}
