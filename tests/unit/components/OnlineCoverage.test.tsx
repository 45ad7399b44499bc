// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { OnlineCoverage, type OnlineState } from '@/components/OnlineCoverage';
import { parseArtList } from '@/lib/services/gdelt';
import { lookupOutlet } from '@/lib/services/outlets';
import { loadRecorded } from '../../helpers/recorded';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
});

// The recorded-format success answer, parsed as the client parses it.
const recorded = loadRecorded('gdelt/artlist-success');
const parsed = parseArtList(recorded.response.status, recorded.response.headers['content-type'] ?? null, recorded.response.body);
if (!parsed.ok) throw new Error('the success fixture does not parse');
const articles = parsed.articles;
const NOW = Date.parse('2026-11-29T12:00:00Z');

function show(state: OnlineState, consent: 'ask' | 'allowed' | 'refused' = 'allowed') {
  const el = root();
  render(
    <OnlineCoverage
      name="Dmitry Peskov"
      consent={consent}
      state={state}
      labelFor={lookupOutlet}
      onAllow={() => {}}
      onRefuse={() => {}}
      now={NOW}
    />,
    el,
  );
  return el;
}

describe('OnlineCoverage', () => {
  it('asks first, saying exactly what is sent and where', () => {
    const el = show({ status: 'idle' }, 'ask');
    expect(el.textContent).toContain('Only the name “Dmitry Peskov” is sent, to api.gdeltproject.org');
    expect(el.querySelector('[data-testid=online-outlets]')).toBeNull();
  });

  it('groups the answer by outlet, labels known outlets from the table and says when one is unknown', () => {
    const el = show({ status: 'done', answer: { status: 'ok', articles, fetchedAt: NOW, fromCache: false } });
    const outlets = [...el.querySelectorAll('[data-testid=online-outlet]')];
    expect(outlets.length).toBe(new Set(articles.map((a) => a.domain)).size);
    const kinds = outlets.map((o) => o.querySelector('[data-testid=outlet-kind]')!.textContent);
    expect(kinds).toContain('state-affiliated media');
    expect(kinds).toContain('news agency');
    const reuters = outlets.find((o) => o.textContent!.includes('Reuters'))!;
    expect(reuters.querySelector('a.outlet__kind')!.getAttribute('href')).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\//);
  });

  it('a throttle is "not available now", never "no coverage", and shows the last answer with its age', () => {
    const el = show({
      status: 'done',
      answer: {
        status: 'unavailable',
        reason: 'rate-limited',
        message: 'Please limit requests',
        cached: { articles, fetchedAt: NOW - 3 * 3_600_000 },
      },
    });
    expect(el.textContent).toContain('Coverage is not available now: GDELT asked Sourcelight to slow down.');
    expect(el.textContent).toContain('The last answer, from 3 hours ago');
    expect(el.textContent).not.toMatch(/no articles/i);
    expect(el.querySelectorAll('[data-testid=online-outlet]').length).toBeGreaterThan(0);
  });

  it('offline without a cached answer says so, and an empty answer says GDELT lists none', () => {
    let el = show({ status: 'done', answer: { status: 'unavailable', reason: 'offline', message: 'x', cached: null } });
    expect(el.textContent).toContain('GDELT could not be reached');
    document.body.innerHTML = '';
    el = show({ status: 'done', answer: { status: 'ok', articles: [], fetchedAt: NOW, fromCache: false } });
    expect(el.textContent).toContain('GDELT lists no articles naming “Dmitry Peskov” in the last four weeks.');
  });
});
