/**
 * A person as the extension would read them from Wikidata's real answers in
 * ../shared/data/api-responses/wikidata-entities: `<name>-0.json` is the wbgetentities for the
 * person, `<name>-1.json` the batched label call for the ids it names (both `{url, body}`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PersonFacts } from '@/lib/services/wikidata-types';
import { parseEntities, toPersonFacts } from '@/lib/services/wikidata-parse';
import { API_RESPONSES } from './shared-data';

export const WIKIDATA_ENTITIES = path.join(API_RESPONSES, 'wikidata-entities');

function recorded(file: string): unknown {
  const { body } = JSON.parse(readFileSync(path.join(WIKIDATA_ENTITIES, file), 'utf8')) as { body: unknown };
  return typeof body === 'string' ? JSON.parse(body) : body;
}

export function realPerson(name: string): PersonFacts {
  const page = parseEntities(recorded(`${name}-0.json`));
  const named = parseEntities(recorded(`${name}-1.json`));
  if (!page.ok || !named.ok || !page.entities[0]) throw new Error(`${name}: the recorded answer did not parse`);
  const labels = new Map(named.entities.filter((e) => e.label).map((e) => [e.id, e.label!] as const));
  return toPersonFacts(page.entities[0], labels);
}
