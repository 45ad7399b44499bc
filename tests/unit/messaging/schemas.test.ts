/**
 * Every message to the background is checked where it arrives: real messages of each type pass,
 * and a malformed one is refused with the field that is wrong.
 */
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '@/cli/read-html';
import { validate } from '@/lib/export/schema';
import { digestAnalysis } from '@/lib/memory/digest';
import { summariseArticle, type BackgroundMessage, type BackgroundType, type TabState } from '@/lib/messaging/protocol';
import { REQUESTS } from '@/lib/messaging/schemas';
import { analyze } from '@/lib/nlp/analyze';
import { readSample } from '../../helpers/shared-data';
import { machineSaved, reviewedSaved } from '../export/fixtures';

const article = articleFromHtml(readSample('world', 'harbour-talks.html'), 'https://www.harbourcourier.example/world/harbour-talks');
const analysis = analyze(article.text, { language: article.language });
const state: TabState = {
  pageId: 'p',
  host: 'www.harbourcourier.example',
  article: summariseArticle(article),
  reason: article.reason,
  error: null,
  checkedAt: 1,
  digest: digestAnalysis(analysis),
};
const saved = machineSaved();
const reading = { ...article, canonicalUrl: 'https://www.harbourcourier.example/world/harbour-talks' };
const annotation = reviewedSaved().annotations[0]!;
const request = { name: 'Mikhail Orlovsky', context: { role: 'Foreign Minister', organizations: ['Estmere'], places: [], date: null } };

// One real message of each type (the table is complete: a type missing here fails the last test).
const VALID: BackgroundMessage[] = [
  { type: 'page:read', state },
  { type: 'page:read', state: { pageId: 'p', article: null, reason: 'no article', error: 'could not read the page', checkedAt: 2 } },
  { type: 'page:warm' },
  {
    type: 'page:extract',
    html: '<html><body><p>Text</p></body></html>',
    url: 'https://example.org/a',
    detection: { isArticle: true, reason: 'json-ld:NewsArticle' },
  },
  { type: 'tab:get', tabId: 7 },
  { type: 'memory:forget', scope: { article: 'https://example.org/a' } },
  { type: 'memory:forget', scope: { outlet: 'example.org' } },
  { type: 'memory:forget', scope: { all: true } },
  { type: 'coverage:online', name: 'Mikhail Orlovsky' },
  { type: 'knowledge:lookup', request, once: true },
  { type: 'knowledge:allow' },
  { type: 'options:open' },
  { type: 'knowledge:lookup', request: { ...request, context: { ...request.context, language: 'en' } } },
  { type: 'library:save', article: reading, analysis },
  { type: 'library:save', article: { ...reading, title: 'x'.repeat(3000) }, analysis }, // over the limit: the store fits it
  { type: 'library:annotate', url: saved.url, annotation },
  { type: 'library:delete', url: saved.url },
  { type: 'library:undo', url: saved.url },
  { type: 'library:import', articles: [saved, { nonsense: true } as never] }, // the store refuses the bad one alone
  { type: 'library:place', url: saved.url, text: reading.text },
];

const INVALID: Array<[string, unknown, RegExp]> = [
  ['a tab state without its page id', { type: 'page:read', state: { ...state, pageId: undefined } }, /^state\.pageId: is missing/],
  [
    'a tab state whose article has no outlet',
    { type: 'page:read', state: { ...state, article: { ...state.article, outlet: undefined } } },
    /^state\.article\.outlet: is missing/,
  ],
  [
    'a tab state whose digest is not lists',
    { type: 'page:read', state: { ...state, digest: { entities: 'many' } } },
    /^state\.digest\.entities: should be a list, not a string/,
  ],
  [
    'a page copy without its HTML',
    { type: 'page:extract', url: 'https://example.org/a', detection: { isArticle: true, reason: '' } },
    /^html: is missing/,
  ],
  ['a tab id in text', { type: 'tab:get', tabId: '7' }, /^tabId: should be a number, not a string/],
  ['a tab id that is not whole', { type: 'tab:get', tabId: 7.5 }, /^tabId: /],
  ['a scope of none of the forms', { type: 'memory:forget', scope: {} }, /^scope: is none of the forms/],
  ['"all" that is false', { type: 'memory:forget', scope: { all: false } }, /^scope: /],
  ['a name that is not text', { type: 'coverage:online', name: 42 }, /^name: should be text, not a number/],
  ['a look-up without its context', { type: 'knowledge:lookup', request: { name: 'X' } }, /^request\.context: is missing/],
  [
    'a look-up whose places are not a list',
    { type: 'knowledge:lookup', request: { ...request, context: { ...request.context, places: 'Estmere' } } },
    /^request\.context\.places: should be a list/,
  ],
  ['a save without its article', { type: 'library:save', analysis }, /^article: is missing/],
  ['a save without its analysis', { type: 'library:save', article: reading }, /^analysis: is missing/],
  [
    'an article to save without its text',
    { type: 'library:save', article: { ...reading, text: undefined }, analysis },
    /^article\.text: is missing/,
  ],
  [
    'an article to save without its address',
    { type: 'library:save', article: { ...reading, canonicalUrl: null }, analysis },
    /^article\.canonicalUrl: should be text/,
  ],
  [
    'an analysis whose claims are not a list',
    { type: 'library:save', article: reading, analysis: { ...analysis, attributions: {} } },
    /^analysis\.attributions: should be a list/,
  ],
  [
    'an annotation without its selector',
    { type: 'library:annotate', url: saved.url, annotation: { ...annotation, selector: undefined } },
    /^annotation\.selector: is missing/,
  ],
  ['an import that is not a list', { type: 'library:import', articles: saved }, /^articles: should be a list, not an object/],
  ['a library read without its URL', { type: 'library:place', text: reading.text }, /^url: is missing/],
  ['a library read without the text to place in', { type: 'library:place', url: saved.url }, /^text: is missing/],
];

const check = (type: BackgroundType, message: unknown) => validate<unknown>(REQUESTS[type], message);

describe('the request schemas', () => {
  it.each(VALID.map((m) => [m.type, m] as const))('take a real %s message', (type, message) => {
    const checked = check(type, message);
    expect(checked).toMatchObject({ ok: true });
    // What passes is what was sent: the data reaches its handler unchanged.
    expect(checked.ok && checked.value).toEqual(message);
  });

  it.each(INVALID)('refuse %s, naming the field', (_, message, error) => {
    const type = (message as { type: BackgroundType }).type;
    expect(check(type, message)).toEqual({ ok: false, error: expect.stringMatching(error) });
  });

  it('cover every message type, each with a real message above', () => {
    expect(new Set(VALID.map((m) => m.type))).toEqual(new Set(Object.keys(REQUESTS)));
  });
});
