import { describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRecordings, readRecording, recordingFetch, recordingKey, replayFetch } from '../../../cli/recorded-responses';
import { entitiesUrl, searchUrl } from '@/lib/services/wikidata';

const API = 'https://www.wikidata.org/w/api.php';
const ENTITIES = (ids: string[]) =>
  JSON.stringify({
    entities: Object.fromEntries(ids.map((id) => [id, { id, type: 'item', labels: { en: { language: 'en', value: `label of ${id}` } } }])),
    success: 1,
  });
const recording = (url: string, body: string, status = 200) => ({ url, status, body });

describe('recordingKey: one key for the same request however it is written', () => {
  test.each([
    ['parameter order', `${API}?action=wbgetentities&ids=Q1&format=json`, `${API}?format=json&ids=Q1&action=wbgetentities`],
    ['percent-encoding', `${API}?action=wbgetentities&ids=Q1%7CQ2`, `${API}?action=wbgetentities&ids=Q1|Q2`],
    ['a space as %20 or +', `${API}?action=wbsearchentities&search=Dmitry%20Peskov`, `${API}?action=wbsearchentities&search=Dmitry+Peskov`],
    ['ids in another order', `${API}?action=wbgetentities&ids=Q2|Q1`, `${API}?action=wbgetentities&ids=Q1|Q2`],
    ['format and origin', `${API}?action=wbgetentities&ids=Q1&format=json&origin=*`, `${API}?action=wbgetentities&ids=Q1`],
    [
      'an encoded path',
      'https://en.wikipedia.org/api/rest_v1/page/summary/Jos%C3%A9_Mar%C3%AD',
      'https://en.wikipedia.org/api/rest_v1/page/summary/José_Marí',
    ],
  ])('%s', (_, a, b) => {
    expect(recordingKey(a)).toBe(recordingKey(b));
  });

  test.each([
    ['another id', `${API}?action=wbgetentities&ids=Q1`, `${API}?action=wbgetentities&ids=Q2`],
    ['another action', `${API}?action=wbgetentities&ids=Q1`, `${API}?action=wbsearchentities&ids=Q1`],
    ['another host', `${API}?action=wbgetentities&ids=Q1`, 'https://test.wikidata.org/w/api.php?action=wbgetentities&ids=Q1'],
    [
      'formatversion=2 (another shape of answer)',
      `${API}?action=wbgetentities&ids=Q1`,
      `${API}?action=wbgetentities&ids=Q1&formatversion=2`,
    ],
  ])('but not for %s', (_, a, b) => {
    expect(recordingKey(a)).not.toBe(recordingKey(b));
  });

  test('the loose key leaves out languages and props, which only narrow an answer', () => {
    const asked = `${API}?action=wbgetentities&ids=Q1&props=labels&languages=en|mul`;
    expect(recordingKey(asked)).not.toBe(recordingKey(`${API}?action=wbgetentities&ids=Q1`));
    expect(recordingKey(asked, { loose: true })).toBe(recordingKey(`${API}?action=wbgetentities&ids=Q1&languages=en`, { loose: true }));
  });
});

describe('readRecording', () => {
  test.each([
    [
      'api-responses shape, body as text',
      { url: 'https://x.org/a', recorded_at: 'Tue, 12 Jan 2016 14:11:48 GMT', body: '{"a":1}' },
      { url: 'https://x.org/a', status: 200, body: '{"a":1}' },
    ],
    [
      'api-responses shape, body as JSON, with a status',
      { url: 'https://x.org/a', status: 404, body: { title: 'Not found.' } },
      { url: 'https://x.org/a', status: 404, body: '{"title":"Not found."}' },
    ],
    [
      'the fixtures shape',
      { request: { method: 'GET', url: 'https://x.org/a' }, response: { status: 429, headers: {}, body: 'slow down' } },
      { url: 'https://x.org/a', status: 429, body: 'slow down' },
    ],
    ['a bare entity (wikidata-misc)', { id: 'Q1', type: 'item', claims: {} }, null],
    ['a list', [1, 2], null],
  ])('%s', (_, value, expected) => {
    expect(readRecording(value)).toEqual(expected);
  });
});

describe('replayFetch', () => {
  test('answers a recorded URL with its body and status, asked in the client’s own spelling', async () => {
    const replay = replayFetch([
      recording(`${API}?format=json&action=wbgetentities&ids=Q7747%7CQ5&props=labels&languages=en`, ENTITIES(['Q5', 'Q7747'])),
    ]);
    const response = await replay(entitiesUrl(['Q5', 'Q7747'], 'labels'), {});
    expect(response.status).toBe(200);
    expect(Object.keys(((await response.json()) as { entities: object }).entities).sort()).toEqual(['Q5', 'Q7747']);
    expect(replay.unrecorded).toEqual([]);
  });

  test('a wbgetentities whose ids are all in a recorded answer gets those entities only, whatever languages or props it asks', async () => {
    const replay = replayFetch([recording(`${API}?action=wbgetentities&format=json&ids=Q1|Q2|Q3`, ENTITIES(['Q1', 'Q2', 'Q3']))]);
    const response = await replay(`${API}?action=wbgetentities&ids=Q3|Q1&props=labels&languages=en|mul&format=json&origin=*`, {});
    expect(Object.keys(((await response.json()) as { entities: object }).entities)).toEqual(['Q3', 'Q1']);
    // One id more than recorded: not answered (nothing is made up).
    await expect(replay(`${API}?action=wbgetentities&ids=Q1|Q4&format=json`, {})).rejects.toThrow(/not in the recorded responses/);
    expect(replay.unrecorded).toEqual([`${API}?action=wbgetentities&ids=Q1|Q4&format=json`]);
  });

  test('an unrecorded URL fails as an unreachable network, and is counted', async () => {
    const replay = replayFetch([]);
    await expect(replay(searchUrl('Juhan Parts'), {})).rejects.toThrow(TypeError);
    expect(replay.unrecorded).toEqual([searchUrl('Juhan Parts')]);
  });

  test('of two recordings of one URL, the answer beats the refusal, in either order', async () => {
    const url = searchUrl('Vladimir Putin');
    for (const list of [
      [recording(url, 'slow down', 429), recording(url, '{"search":[]}')],
      [recording(url, '{"search":[]}'), recording(url, 'slow down', 429)],
    ]) {
      expect((await replayFetch(list)(url, {})).status).toBe(200);
    }
  });
});

describe('recording and replaying', () => {
  test('what recordingFetch writes, loadRecordings reads back and replayFetch answers the same; throttles are not kept', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-record-'));
    const answers: Record<string, Response> = {
      [searchUrl('Dmitry Peskov')]: new Response('{"search":[{"id":"Q1"}]}', { status: 200 }),
      [entitiesUrl(['Q1'], 'labels')]: new Response('{"title":"gone"}', { status: 404 }),
      [searchUrl('Kim Jong Un')]: new Response('slow down', { status: 429, headers: { 'retry-after': '30' } }),
    };
    const live = recordingFetch(async (url) => answers[url]!.clone(), dir);
    for (const url of Object.keys(answers)) expect((await live(url, {})).status).toBe(answers[url]!.status);

    const replay = replayFetch(await loadRecordings([dir]));
    const search = await replay(searchUrl('Dmitry Peskov'), {});
    expect([search.status, await search.text()]).toEqual([200, '{"search":[{"id":"Q1"}]}']);
    expect((await replay(entitiesUrl(['Q1'], 'labels'), {})).status).toBe(404);
    await expect(replay(searchUrl('Kim Jong Un'), {})).rejects.toThrow();
  });

  test('recordings are found in sub-folders; files of other shapes and broken JSON are passed over', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-recordings-'));
    mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    writeFileSync(path.join(dir, 'a/b/one.json'), JSON.stringify({ url: searchUrl('X'), recorded_at: 'now', body: '{}' }));
    writeFileSync(path.join(dir, 'a/entity.json'), JSON.stringify({ id: 'Q1', claims: {} }));
    writeFileSync(path.join(dir, 'broken.json'), '{"url": ');
    writeFileSync(path.join(dir, 'notes.txt'), 'not JSON');
    expect((await loadRecordings([dir])).map((r) => r.url)).toEqual([searchUrl('X')]);
    // One file named alone is read too.
    expect((await loadRecordings([path.join(dir, 'a/b/one.json')])).map((r) => r.url)).toEqual([searchUrl('X')]);
  });

  test('a folder that does not exist is an error the CLI can report', async () => {
    await expect(loadRecordings(['/no/such/folder'])).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
