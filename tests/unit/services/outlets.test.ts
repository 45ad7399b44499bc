import { describe, expect, test } from 'vitest';
import { registrableDomain } from '@/lib/article/outlet';
import { OUTLETS } from '@/lib/services/outlets-data';
import { KIND_LABELS, lookupOutlet } from '@/lib/services/outlets';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const allDomains = OUTLETS.flatMap((o) => o.domains);

describe('the outlet table', () => {
  test('has a broad list, and no domain belongs to two outlets', () => {
    expect(OUTLETS.length).toBeGreaterThanOrEqual(150);
    const seen = new Map<string, string>();
    for (const o of OUTLETS) {
      for (const d of o.domains) {
        expect(seen.get(d), `${d} is in ${seen.get(d)} and ${o.name}`).toBeUndefined();
        seen.set(d, o.name);
      }
    }
  });

  test('names and sources are not repeated (a repeat is a copy-paste slip)', () => {
    expect(new Set(OUTLETS.map((o) => o.name)).size).toBe(OUTLETS.length);
    expect(new Set(OUTLETS.map((o) => o.source)).size).toBe(OUTLETS.length);
  });

  test.each(allDomains)('%s is a bare lower-case host under its registrable domain, and looks up to its own entry', (d) => {
    expect(d).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
    expect(d.startsWith('www.')).toBe(false);
    const registrable = registrableDomain(`https://${d}/`);
    expect(registrable).not.toBeNull();
    expect(d === registrable || d.endsWith(`.${registrable}`)).toBe(true);
    expect(lookupOutlet(d)?.name).toBe(OUTLETS.find((o) => o.domains.includes(d))?.name);
  });

  test.each(OUTLETS.map((o) => [o.name, o] as const))('%s: name, country, kind, source and note are well formed', (_, o) => {
    expect(o.name.trim()).toBe(o.name);
    expect(o.name.length).toBeGreaterThan(0);
    expect(o.domains.length).toBeGreaterThan(0);
    expect(o.country).toMatch(/^[A-Z]{2}$/);
    expect(regionNames.of(o.country), o.country).toBeTruthy();
    expect(Object.keys(KIND_LABELS)).toContain(o.kind);
    const source = new URL(o.source);
    expect(source.protocol).toBe('https:');
    expect(source.hostname).toBe('en.wikipedia.org');
    expect(source.pathname).toMatch(/^\/wiki\/[^/\s]/);
    expect(o.source).not.toMatch(/\s/);
    if (o.note !== undefined) {
      expect(o.note.trim().length).toBeGreaterThan(0);
      expect(o.note).not.toMatch(/\n/);
    }
  });

  test('every state-affiliated entry says why, with a note and its source', () => {
    const state = OUTLETS.filter((o) => o.kind === 'state-affiliated');
    expect(state.length).toBeGreaterThan(0);
    for (const o of state) {
      expect(o.note, o.name).toBeTruthy();
      expect(o.source, o.name).toBeTruthy();
    }
  });
});

describe('lookupOutlet', () => {
  test.each([
    ['edition.cnn.com', 'CNN', 'cnn.com'],
    ['www.bbc.co.uk', 'BBC', 'bbc.co.uk'],
    ['bbc.com', 'BBC', 'bbc.com'],
    ['https://www.bbc.co.uk/news/world-europe-68123456', 'BBC', 'bbc.co.uk'],
    ['https://www.theguardian.com/world/2024/jan/09/some-slug?CMP=share#comments', 'The Guardian', 'theguardian.com'],
    ['apnews.com', 'Associated Press', 'apnews.com'],
    ['https://apnews.com/article/russia-ukraine-war-0123456789abcdef', 'Associated Press', 'apnews.com'],
    ['news.yahoo.com', 'Yahoo News', 'news.yahoo.com'],
    ['uk.news.yahoo.com', 'Yahoo News', 'news.yahoo.com'],
    ['abcnews.go.com', 'ABC News', 'abcnews.go.com'],
    ['https://abcnews.go.com/International/story?id=1', 'ABC News', 'abcnews.go.com'],
    ['www.abc.net.au', 'ABC (Australia)', 'abc.net.au'],
    ['english.kyodonews.net', 'Kyodo News', 'kyodonews.net'],
    ['en.people.cn', "People's Daily", 'people.cn'],
    ['WWW.NYTIMES.COM', 'The New York Times', 'nytimes.com'],
    ['nytimes.com.', 'The New York Times', 'nytimes.com'],
    ['http://edition.cnn.com:80/2024/01/09/europe/slug/index.html', 'CNN', 'cnn.com'],
    ['//www.reuters.com/world/', 'Reuters', 'reuters.com'],
    ['  lemonde.fr/international/  ', 'Le Monde', 'lemonde.fr'],
    ['timesofindia.indiatimes.com', 'The Times of India', 'timesofindia.indiatimes.com'],
  ])('%s is %s (%s)', (input, name, domain) => {
    const label = lookupOutlet(input);
    expect(label?.name).toBe(name);
    expect(label?.domain).toBe(domain);
  });

  test('labels country and kind in words, with the source and the note', () => {
    expect(lookupOutlet('bbc.co.uk')).toEqual({
      domain: 'bbc.co.uk',
      name: 'BBC',
      country: 'GB',
      countryName: 'United Kingdom',
      kind: 'public-broadcaster',
      kindLabel: 'public broadcaster',
      source: 'https://en.wikipedia.org/wiki/BBC',
    });
    const aj = lookupOutlet('https://www.aljazeera.com/news/2024/1/9/slug');
    expect(aj).toMatchObject({ country: 'QA', countryName: 'Qatar', kind: 'state-affiliated', kindLabel: 'state-affiliated media' });
    expect(aj?.note).toMatch(/Qatari state/);
    expect(lookupOutlet('reuters.com')).not.toHaveProperty('note');
  });

  test.each([
    'example.com',
    'go.com',
    'disney.go.com',
    'yahoo.com',
    'finance.yahoo.com',
    'sky.com',
    'indiatimes.com',
    'co.uk',
    'localhost',
    '192.168.0.1',
    'https://notanoutlet.example/news/1',
  ])('%s is unknown', (input) => expect(lookupOutlet(input)).toBeNull());

  test.each([
    ['empty', ''],
    ['blank', '   '],
    ['not a url', 'not a url'],
    ['null', null],
    ['undefined', undefined],
    ['mailto', 'mailto:news@bbc.co.uk'],
    ['javascript', 'javascript:alert(1)'],
    ['ftp', 'ftp://bbc.co.uk/'],
    ['scheme only', 'https://'],
  ])('garbage in (%s) gives null', (_, input) => expect(lookupOutlet(input)).toBeNull());
});
