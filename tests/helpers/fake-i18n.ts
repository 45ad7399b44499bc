/**
 * Vitest setup: WXT's fake browser leaves i18n.getMessage unmocked (it throws), and every view asks
 * it for its words. This answers from locales/en.yml, as the built _locales/en/messages.json would:
 * the same file, turned into Chrome's format by @wxt-dev/i18n's own build step, with Chrome's
 * substitution rules ($1…$9; `$$` for a dollar sign; an unknown key gives '').
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Path strings, not `new URL`: under happy-dom, URL is the fake window's, which refuses file: URLs.
const file = join(dirname(fileURLToPath(import.meta.url)), '../../locales/en.yml');
const messages = generateChromeMessages(parseMessagesText(readFileSync(file, 'utf8'), 'YAML'));

export function getMessage(key: string, substitutions?: string | string[]): string {
  const message = messages[key]?.message;
  if (message === undefined) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
