/**
 * `npm run analyze -- --link`: people linked to Wikidata in the batch output, from recorded
 * answers (--responses), with the network closed by a preloaded guard (tests/helpers/no-network.mjs)
 * that reports any request the run tries.
 */
import { describe, expect, test } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { searchUrl } from '@/lib/services/wikidata';
import { resolveTitleUrl } from '@/lib/services/wikipedia';
import { analyzeWith } from '../../helpers/cli';
import { hasShared, PROJECT_ROOT, SEED_PAGE } from '../../helpers/shared-data';
import { WIKIDATA_ENTITIES } from '../../helpers/wikidata-real';

const GUARD = { NODE_OPTIONS: `--import=${path.join(PROJECT_ROOT, 'tests/helpers/no-network.mjs')}` };
const tmp = (name: string) => mkdtempSync(path.join(os.tmpdir(), `sl-link-${name}-`));
const networkLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('NETWORK '));

interface LinkedEntity {
  name: string;
  kind: string;
  wikidata?: { id: string; label: string; description: string | null; roleCheck: { status: string } | null } | null;
  wikidataStatus?: { status: string; reason?: string };
}

/** The politicians of the real recordings (everypolitician's, January 2016), as a wire story of 2004 would name them. */
const PAGE = `<!doctype html><html lang="en"><head><title>Baltic and Moldovan leaders meet in Tallinn</title>
<meta property="article:published_time" content="2004-06-01T09:00:00Z"></head><body><article>
<h1>Baltic and Moldovan leaders meet in Tallinn</h1>
<p>Estonian Prime Minister Juhan Parts said on Tuesday that the coalition would hold until the autumn budget vote.</p>
<p>Moldovan lawmaker Marian Lupu told reporters in Tallinn that talks on trade would go ahead next month.</p>
<p>Estonian lawmaker Enn Eesmaa said he agreed with the prime minister. Estonian President Arnold Ruutel said the meeting had been useful.</p>
</article></body></html>`;

/** Who the recordings are, by the name the article uses: real wbgetentities from ../shared, search answers made here. */
const PEOPLE = [
  { name: 'Juhan Parts', file: 'Parts', id: 'Q312894', enwiki: 'Juhan Parts' },
  { name: 'Marian Lupu', file: 'Lupu', id: 'Q312340', enwiki: 'Marian Lupu' },
  { name: 'Enn Eesmaa', file: 'Eesmaa', id: 'Q11857954', enwiki: null },
];

/**
 * The recorded folder: the real answers as they are, and what the client asks besides, in the real
 * shapes: wbsearchentities hits (URL from searchUrl, so a change of the client's URL is followed)
 * and Wikipedia's title lookup answering that no page was recorded (not under test here).
 */
function recordedFolder(): string {
  const dir = tmp('recorded');
  mkdirSync(path.join(dir, 'wikidata-entities'));
  mkdirSync(path.join(dir, 'made'));
  for (const p of PEOPLE) {
    for (const part of ['0', '1'])
      copyFileSync(path.join(WIKIDATA_ENTITIES, `${p.file}-${part}.json`), path.join(dir, 'wikidata-entities', `${p.file}-${part}.json`));
    const hit = {
      id: p.id,
      title: p.id,
      pageid: 1,
      repository: 'wikidata',
      url: `//www.wikidata.org/wiki/${p.id}`,
      concepturi: `http://www.wikidata.org/entity/${p.id}`,
      label: p.name,
      match: { type: 'label', language: 'en', text: p.name },
    };
    const search = { searchinfo: { search: p.name }, search: [hit], success: 1 };
    writeFileSync(
      path.join(dir, 'made', `search-${p.file}.json`),
      JSON.stringify({ url: searchUrl(p.name), recorded_at: 'made for this test', body: JSON.stringify(search) }),
    );
    if (p.enwiki) {
      const missing = { batchcomplete: true, query: { pages: [{ ns: 0, title: p.enwiki, missing: true }] } };
      writeFileSync(
        path.join(dir, 'made', `wikipedia-${p.file}.json`),
        JSON.stringify({ url: resolveTitleUrl(p.enwiki), recorded_at: 'made for this test', body: missing }),
      );
    }
  }
  // A file of another shape in the folder is passed over.
  writeFileSync(path.join(dir, 'made', 'notes.json'), JSON.stringify({ about: 'recordings for link.test.ts' }));
  return dir;
}

const personsOf = (file: string) =>
  Object.fromEntries(
    (JSON.parse(readFileSync(file, 'utf8')) as { entities: LinkedEntity[] }).entities
      .filter((e) => e.kind === 'person')
      .map((e) => [e.name, e]),
  );

describe.skipIf(!hasShared(WIKIDATA_ENTITIES, '--link over real Wikidata answers'))('--link --responses over real recorded answers', () => {
  test('each person gets the Wikidata id and the role check; an unrecorded one is unavailable; nothing reaches the network', async () => {
    const work = tmp('page');
    const page = path.join(work, 'tallinn.html');
    writeFileSync(page, PAGE);
    const out = path.join(work, 'out');
    const { code, stderr } = await analyzeWith(GUARD, '--link', '--responses', recordedFolder(), '--out', out, page);
    // Service-side failures are findings about a person, not failures of the run.
    expect(code).toBe(0);
    expect(networkLines(stderr)).toEqual([]);
    expect(stderr).toMatch(
      /^analyze: 1 request was not in the recorded responses \(.*\) and was answered as an unreachable network would be; the first: .*search=Arnold%20Ruutel/m,
    );

    const people = personsOf(path.join(out, 'tallinn.json'));
    expect(Object.keys(people).sort()).toEqual(['Arnold Ruutel', 'Enn Eesmaa', 'Juhan Parts', 'Marian Lupu']);
    // Exactly these four keys inside `wikidata`.
    expect(Object.keys(people['Juhan Parts']!.wikidata!)).toEqual(['id', 'label', 'description', 'roleCheck']);
    expect(people['Juhan Parts']).toMatchObject({
      wikidata: {
        id: 'Q312894',
        label: 'Juhan Parts',
        description: 'Prime Minister of Estonia',
        roleCheck: { status: 'consistent', position: { id: 'Q737115', label: 'Prime Minister of Estonia' } },
      },
      wikidataStatus: { status: 'found' },
    });
    // The seats carry no dates in the recordings: which person is sure, whether they sat in 2004 is not.
    expect(people['Marian Lupu']).toMatchObject({
      wikidata: { id: 'Q312340', label: 'Marian Lupu', roleCheck: { status: 'unknown', reason: 'dates-unknown' } },
      wikidataStatus: { status: 'found' },
    });
    expect(people['Enn Eesmaa']).toMatchObject({
      wikidata: { id: 'Q11857954', description: null, roleCheck: { status: 'unknown' } },
      wikidataStatus: { status: 'found' },
    });
    expect(people['Arnold Ruutel']).toMatchObject({ wikidata: null, wikidataStatus: { status: 'unavailable', reason: 'offline' } });
  });

  test('without --link no request is tried, and the JSON is the analysis alone: --link only adds wikidata and wikidataStatus to people', async () => {
    const work = tmp('page');
    const page = path.join(work, 'tallinn.html');
    writeFileSync(page, PAGE);
    const plain = await analyzeWith(GUARD, '--out', path.join(work, 'plain'), page);
    expect(plain.code).toBe(0);
    expect(networkLines(plain.stderr)).toEqual([]);
    const linked = await analyzeWith(GUARD, '--link', '--responses', recordedFolder(), '--out', path.join(work, 'linked'), page);
    expect(linked.code).toBe(0);

    const read = (dir: string) => JSON.parse(readFileSync(path.join(work, dir, 'tallinn.json'), 'utf8')) as { entities: LinkedEntity[] };
    const withoutLinks = read('linked').entities.map(({ wikidata, wikidataStatus, ...rest }) => {
      if (rest.kind === 'person') expect(wikidataStatus).toBeDefined();
      else expect([wikidata, wikidataStatus]).toEqual([undefined, undefined]);
      return rest;
    });
    expect(withoutLinks).toEqual(read('plain').entities);
    expect(read('plain').entities.some((e) => 'wikidata' in e || 'wikidataStatus' in e)).toBe(false);
  });
});

describe.skipIf(!hasShared(SEED_PAGE, '--link on the seed page'))('--link on the seed page', () => {
  /** The project's hand-made fixtures (tests/fixtures), less the alternative answers kept beside the good ones (a 429, a broken body). */
  function fixtureFolder(): string {
    const dir = tmp('fixtures');
    for (const service of ['wikidata', 'wikipedia']) {
      const from = path.join(PROJECT_ROOT, 'tests/fixtures', service);
      for (const file of readdirSync(from))
        if (file.endsWith('.json') && !/429|malformed/.test(file))
          copyFileSync(path.join(from, file), path.join(dir, `${service}-${file}`));
    }
    return dir;
  }

  test('the summary gives a line per person: id, label and role check', async () => {
    const { code, stdout, stderr } = await analyzeWith(GUARD, '--link', '--responses', fixtureFolder(), SEED_PAGE);
    expect(code).toBe(0);
    expect(networkLines(stderr)).toEqual([]);
    expect(stdout).toMatch(
      /^ {4}Vladimir Putin \(President\) \[official\] ×\d+\n {6}wikidata: Q7747 Vladimir Putin — .*; role: consistent \(President of Russia\)$/m,
    );
    expect(stdout).toMatch(/^ {4}Kim Jong Un \(North Korean leader\).*\n {6}wikidata: Q56226 /m);
    expect(stdout).toMatch(/^ {4}Dmitry Peskov \(Kremlin spokesperson\).*\n {6}wikidata: Q\d+ Dmitry Peskov — .*; role: /m);
  });

  test('live, the requests carry only the names and a User-Agent naming the CLI; a closed network makes each person unavailable, and the run goes on', async () => {
    const cache = tmp('cache');
    const out = tmp('out');
    const { code, stderr } = await analyzeWith(GUARD, '--link', '--cache', cache, '--out', out, SEED_PAGE);
    expect(code).toBe(0);
    const asked = networkLines(stderr);
    expect(asked.map((line) => new URL(line.split(' ')[1]!).searchParams.get('search'))).toEqual([
      'Vladimir Putin',
      'Kim Jong Un',
      'Dmitry Peskov',
    ]);
    for (const line of asked)
      expect(line).toMatch(/ UA=Sourcelight-CLI\/\S+ \(.*https:\/\/github\.com\/sourcelight\/sourcelight\) Node\.js\//);
    const people = Object.values(personsOf(path.join(out, 'seed-article.json')));
    expect(people.map((p) => [p.wikidata, p.wikidataStatus?.status, p.wikidataStatus?.reason])).toEqual(
      people.map(() => [null, 'unavailable', 'offline']),
    );
  });
});

describe('--link options', () => {
  const empty = tmp('empty');
  test.each([
    [['--responses', empty], /--responses is for --link/],
    [['--cache', empty], /--cache is for --link/],
    [['--link', '--responses', '/no/such/folder'], /--responses: no such file/],
    [['--link', '--responses', empty, '--record', empty], /cannot be used with --responses/],
    [['--link', '--responses', empty, '--cache', empty], /--cache is for live runs/],
    [['--link', '--export', 'csv', '--out', '-'], /not to an --export/],
  ])('%j is a usage error', async (args, message) => {
    const { code, stderr } = await analyzeWith(GUARD, ...args, path.join(PROJECT_ROOT, 'sample/world/harbour-talks.html'));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(networkLines(stderr)).toEqual([]);
  });
});
