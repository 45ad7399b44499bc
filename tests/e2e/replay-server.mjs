/**
 * A local server standing in for Wikipedia and Wikidata in the e2e suite: it answers each request
 * with the recorded exchange (tests/fixtures/<service>/*.json) whose URL matches, with its status,
 * headers and raw body, and 404 otherwise. The tests route the real hosts here (context.route).
 *
 *   const replay = await startReplayServer(['wikidata', 'wikipedia']);
 *   replay.urlFor('https://www.wikidata.org/w/api.php?…')  -> http://127.0.0.1:PORT/replay?u=…
 */
import http from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** A URL with its query parameters sorted, so that parameter order does not matter. */
export function normalise(url) {
  const u = new URL(url);
  const params = [...u.searchParams.entries()].sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
  return `${u.origin}${decodeURIComponent(u.pathname)}?${params.map(([k, v]) => `${k}=${v}`).join('&')}`;
}

function healthy(r) {
  if (r.response.status !== 200) return false;
  try {
    JSON.parse(r.response.body);
    return true;
  } catch {
    return false;
  }
}

export function loadExchanges(services) {
  const table = new Map();
  for (const service of services) {
    const dir = path.join(FIXTURES, service);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const recorded = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      const list = Array.isArray(recorded) ? recorded : [recorded];
      for (const r of list) {
        if (!r?.request?.url || !r.response) continue;
        // The unit fixtures record error answers (429, malformed) for the same URLs as good ones:
        // the stand-in plays the good one.
        const key = normalise(r.request.url);
        const seen = table.get(key);
        if (!seen || (!healthy(seen) && healthy(r))) table.set(key, { ...r, file });
      }
    }
  }
  return table;
}

export async function startReplayServer(services) {
  const table = loadExchanges(services);
  const asked = [];
  const server = http.createServer((req, res) => {
    const target = new URL(req.url, 'http://x').searchParams.get('u');
    asked.push(target);
    const hit = target ? table.get(normalise(target)) : undefined;
    if (!hit) {
      res
        .writeHead(404, { 'content-type': 'application/json', 'access-control-allow-origin': '*' })
        .end('{"error":"no recorded exchange"}');
      return;
    }
    res.writeHead(hit.response.status, { 'access-control-allow-origin': '*', ...hit.response.headers }).end(hit.response.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    asked,
    known: table,
    urlFor: (target) => `http://127.0.0.1:${port}/replay?u=${encodeURIComponent(target)}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
