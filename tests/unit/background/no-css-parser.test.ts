/**
 * The extension's build leaves linkedom's CSS parser out: wxt.config.ts aliases cssomnom/parse to
 * lib/background/no-css-parser.ts, since its tables and Intl.NumberFormat cost every start of the
 * service worker. That is safe only while nothing of the reading asks a <style> for its sheet:
 * here every sheet getter throws, and real pages are read as the background reads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as noCss } from '@/lib/background/no-css-parser';
import { extractPage } from '@/lib/tabs/extract-page';
import config from '../../../wxt.config';
import { hasShared, L3S_PAGES, readSample } from '../../helpers/shared-data';

const styleProto = Object.getPrototypeOf(parseHTML('<style></style>').document.querySelector('style')) as object;
const sheet = Object.getOwnPropertyDescriptor(styleProto, 'sheet')!;

beforeAll(() => {
  Object.defineProperty(styleProto, 'sheet', {
    configurable: true,
    get: () => {
      throw new Error('a style sheet was asked for');
    },
  });
});
afterAll(() => Object.defineProperty(styleProto, 'sheet', sheet));

const read = (html: string) =>
  extractPage({ type: 'page:extract', html, url: 'https://news.example/story', detection: { isArticle: true, reason: 'test' } });

describe('the background without a CSS parser', () => {
  it('is what the build puts in cssomnom/parse, and says why it parses nothing', async () => {
    const vite = await (config.vite as (env: unknown) => Promise<{ resolve: { alias: Record<string, string> } }>)({});
    expect(path.relative(process.cwd(), vite.resolve.alias['cssomnom/parse']!)).toBe(path.join('lib', 'background', 'no-css-parser.ts'));
    expect(() => noCss()).toThrow('Sourcelight reads no style sheets');
  });

  it('reads the sample article, whose page has a <style>, without asking for a sheet', () => {
    const answer = read(readSample('world', 'harbour-talks.html'));
    expect(answer.ok && answer.value.article.detected).toBe(true);
  });

  it.skipIf(!hasShared(L3S_PAGES, 'real pages with <style> elements'))(
    'reads 40 real pages with <style> elements without asking for a sheet',
    () => {
      const pages = readdirSync(L3S_PAGES)
        .sort()
        .map((f) => readFileSync(path.join(L3S_PAGES, f), 'utf8'))
        .filter((html) => /<style[\s>]/i.test(html))
        .slice(0, 40);
      expect(pages.length).toBe(40);
      for (const html of pages) expect(read(html).ok).toBe(true);
    },
  );
});
