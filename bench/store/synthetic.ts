/**
 * The synthetic articles of the store bench. Their shape follows what lib/nlp + lib/memory/digest actually keep of news
 * copy: measured on the 84 PolNeAR dev articles (political wire and newspaper copy, ../shared) and on
 * the seed article (a wire story on Peskov and the Kremlin: 11 entities, 8 claims):
 *   tracked entities per article  median 11, p10 5, p90 24   -> lognormal(11, σ 0.61), 2..40
 *     of which people 62 %, institutions 29 %, news media 9 %
 *   entities with a stated role   36 %                        -> 55 % of people, 5 % of institutions
 *   claims per article            median 8, p10 2, p90 17    -> lognormal(8, σ 0.59), 0..40
 *   claim length (chars)          median 109, p10 43, p90 257 -> lognormal(109, σ 0.67), 20..600
 *   claims per quoted entity      median 1, p90 4, mean 2;  quoted entities per article mean 4.3
 *   titles ~70 chars, URLs ~90 chars, 85 % of pages state a date, ~700 words.
 * Names are drawn Zipf-Mandelbrot-like (weight 1/(rank+q)) from pools of 40,000 people, 3,000
 * institutions and 600 outlets (which publish the articles and are named in them as media), so that the
 * head person is named in about a fifth of all articles, the 20th in a few thousand, and most people
 * in a handful. Articles are read evenly over two years. Everything follows from `seed` (mulberry32).
 *
 */
import type { ArticleInput } from '../../lib/db/record-article';
import { identify } from '../../lib/memory/identity';
import type { DigestClaim, DigestEntity } from '../../lib/memory/digest';
import type { EntityKind, SourceType } from '../../lib/nlp/types';

// ---------------------------------------------------------------- randomness

export type Rand = () => number;

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function lognormal(r: Rand, median: number, sigma: number): number {
  const z = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  return median * Math.exp(sigma * z);
}

/** Ranks 0..n-1 drawn with weight 1/(rank+1+q)^s. */
class Zipf {
  private cdf: Float64Array;
  constructor(n: number, q: number, s = 1) {
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) this.cdf[i] = sum += 1 / (i + 1 + q) ** s;
    for (let i = 0; i < n; i++) this.cdf[i]! /= sum;
  }
  sample(r: Rand): number {
    const u = r();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// ---------------------------------------------------------------- the world the articles are about

const ONSETS = [
  'b',
  'br',
  'ch',
  'd',
  'dr',
  'f',
  'g',
  'gr',
  'h',
  'j',
  'k',
  'kr',
  'l',
  'm',
  'n',
  'p',
  'pr',
  'r',
  's',
  'sh',
  'st',
  't',
  'tr',
  'v',
  'w',
  'z',
  'zh',
  'kh',
  '',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ea', 'ou', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'k', 'm', 'nd', 'rt', 'v', 'sk', 'ts'];
const FUNCTION_WORDS =
  'the of and to a in that is for on was with said he it as at by be have from his are this not but had has they were will an would who been their which more its after she about government also we or over than new would there president people year'.split(
    ' ',
  );
const SECTIONS = ['world', 'news', 'politics', 'business', 'europe', 'us-news', 'world/middle-east', 'uk-news', 'asia', 'economy'];
const TLDS = ['.com', '.com', '.com', '.co.uk', '.org', '.net', '.de', '.fr', '.com.au', '.ca', '.ie', '.in'];
const PAPERS = [
  'Times',
  'Post',
  'Herald',
  'News',
  'Courier',
  'Tribune',
  'Journal',
  'Gazette',
  'Observer',
  'Wire',
  'Telegraph',
  'Daily',
  'Chronicle',
];
const BODIES = [
  'Party',
  'Council',
  'Commission',
  'Agency',
  'Bank',
  'Group',
  'University',
  'Foundation',
  'Institute',
  'Court',
  'Army',
  'Police',
  'Union',
  'Corporation',
  'Parliament',
  'Ministry',
  'Authority',
  'Fund',
];
const POSTS = [
  'spokesperson',
  'spokesman',
  'minister',
  'president',
  'senator',
  'chief executive',
  'director',
  'analyst',
  'professor',
  'governor',
  'mayor',
  'ambassador',
  'commander',
  'secretary',
  'chairman',
  'lawyer',
  'economist',
  'researcher',
  'official',
  'adviser',
  'deputy minister',
  'prime minister',
  'foreign minister',
  'defence secretary',
  'head of research',
  'opposition leader',
];
const CUES = [
  'said',
  'said',
  'said',
  'told',
  'told reporters',
  'added',
  'according to',
  'wrote',
  'warned',
  'announced',
  'said in a statement',
  'denied',
  'insisted',
];
const ANONYMOUS = [
  'a senior official',
  'a person familiar with the matter',
  'two diplomats',
  'officials',
  'a spokesperson',
  'sources close to the talks',
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function syllables(r: Rand, lo: number, hi: number): string {
  let w = '';
  for (let i = int(r, lo, hi); i > 0; i--) w += pick(r, ONSETS) + pick(r, VOWELS) + (r() < 0.4 ? pick(r, CODAS) : '');
  return w.length < 3 ? w + pick(r, VOWELS) + 'n' : w;
}

export interface Person {
  name: string;
  surname: string;
  /** The role outlets give them; some change role once (roleB from `change` on). */
  roleA: string;
  roleB: string | null;
  change: number;
  official: boolean;
}

export interface World {
  seed: number;
  start: number;
  span: number;
  people: Person[];
  institutions: Array<{ name: string; official: boolean }>;
  outlets: Array<{ domain: string; name: string }>;
  words: string[];
  firstNames: string[];
  peopleZipf: Zipf;
  institutionZipf: Zipf;
  outletZipf: Zipf;
  wordZipf: Zipf;
}

export const POOL = { people: 40_000, institutions: 3_000, outlets: 600 };
/** Articles are read evenly over these two years. */
const PERIOD_START = Date.UTC(2024, 5, 1);
const PERIOD_MS = 2 * 365 * 86_400_000;

let world: World | null = null;

export function worldOf(seed: number): World {
  if (world?.seed === seed) return world;
  const r = rng(seed * 7919 + 1);
  const words = [...FUNCTION_WORDS];
  const seenWords = new Set(words);
  while (words.length < 5_000) {
    const w = syllables(r, 1, 3);
    if (!seenWords.has(w)) {
      seenWords.add(w);
      words.push(w);
    }
  }
  const firstNames = Array.from({ length: 1_500 }, () => cap(syllables(r, 2, 3)));
  const surnames = Array.from({ length: 60_000 }, () => cap(syllables(r, 2, 4)));
  const surnameZipf = new Zipf(surnames.length, 50);
  const roles = Array.from({ length: 600 }, () => `${cap(pick(r, words.slice(200)))} ${pick(r, POSTS)}`);
  const ids = new Set<string>();
  const people: Person[] = [];
  while (people.length < POOL.people) {
    const surname = surnames[surnameZipf.sample(r)]!;
    const name = `${pick(r, firstNames)} ${surname}`;
    const { id } = identify(name, 'person');
    if (ids.has(id)) continue;
    ids.add(id);
    people.push({
      name,
      surname,
      roleA: pick(r, roles),
      roleB: r() < 0.2 ? pick(r, roles) : null,
      change: PERIOD_START + r() * PERIOD_MS,
      official: r() < 0.4,
    });
  }
  const institutions: World['institutions'] = [];
  while (institutions.length < POOL.institutions) {
    const body = pick(r, BODIES);
    const a = cap(pick(r, words.slice(100)));
    const name = body === 'Ministry' ? `Ministry of ${a}` : r() < 0.5 ? `${a} ${body}` : `${a} ${cap(pick(r, words.slice(100)))} ${body}`;
    const { id } = identify(name, 'organization');
    if (ids.has(id)) continue;
    ids.add(id);
    institutions.push({ name, official: r() < 0.5 });
  }
  const outlets: World['outlets'] = [];
  while (outlets.length < POOL.outlets) {
    const w = syllables(r, 2, 3);
    const name = `${r() < 0.5 ? 'The ' : ''}${cap(w)} ${pick(r, PAPERS)}`;
    const { id } = identify(name, 'media');
    if (ids.has(id)) continue;
    ids.add(id);
    outlets.push({ domain: `${w}${pick(r, TLDS)}`, name });
  }
  world = {
    seed,
    start: PERIOD_START,
    span: PERIOD_MS,
    people,
    institutions,
    outlets,
    words,
    firstNames,
    peopleZipf: new Zipf(POOL.people, 3),
    institutionZipf: new Zipf(POOL.institutions, 2),
    outletZipf: new Zipf(POOL.outlets, 2),
    wordZipf: new Zipf(words.length, 5),
  };
  return world;
}

function text(w: World, r: Rand, chars: number): string {
  let s = '';
  while (s.length < chars) s += (s ? ' ' : '') + w.words[w.wordZipf.sample(r)]!;
  return s;
}

interface Draw {
  /** Share of people who are new to the store (a fresh name). */
  newPeople?: number;
  /** Share of known people printed by their surname alone ("Peskov"), so that resolve looks them up. */
  surnameAlone?: number;
}

/** One article as the background would hand it over (ArticleInput, with a real digest's shape). */
export function makeInput(w: World, r: Rand, index: number, readAt: number, draw: Draw = {}): ArticleInput {
  const outlet = w.outlets[w.outletZipf.sample(r)]!;
  const n = clamp(Math.round(lognormal(r, 11, 0.61)), 2, 40);
  const used = new Set<string>();
  const surnamesHere = new Set<string>();
  type Drawn = { name: string; kind: EntityKind; role: string | null; official: boolean; surname?: string };
  const drawn: Drawn[] = [];
  for (let k = 0; k < n; k++) {
    const u = r();
    const kind: EntityKind = u < 0.62 ? 'person' : u < 0.91 ? 'organization' : 'media';
    for (let attempt = 0; attempt < 20; attempt++) {
      let e: Drawn;
      if (kind === 'person') {
        if (draw.newPeople && r() < draw.newPeople) {
          const surname = cap(syllables(r, 3, 4));
          e = {
            name: `${pick(r, w.firstNames)} ${surname}`,
            kind,
            role: r() < 0.55 ? `${cap(pick(r, w.words))} ${pick(r, POSTS)}` : null,
            official: r() < 0.4,
            surname,
          };
        } else {
          const p = w.people[w.peopleZipf.sample(r)]!;
          let role = r() < 0.55 ? (p.roleB && readAt >= p.change ? p.roleB : p.roleA) : null;
          if (role && r() < 0.1) role = r() < 0.5 ? `former ${role}` : role.toLowerCase();
          e = { name: p.name, kind, role, official: p.official, surname: p.surname };
        }
      } else if (kind === 'organization') {
        const inst = w.institutions[w.institutionZipf.sample(r)]!;
        e = { name: inst.name, kind, role: r() < 0.05 ? `${pick(r, POSTS)} body` : null, official: inst.official };
      } else {
        e = { name: w.outlets[w.outletZipf.sample(r)]!.name, kind, role: null, official: false };
      }
      if (used.has(e.name)) continue;
      used.add(e.name);
      if (e.surname) surnamesHere.add(e.surname);
      drawn.push(e);
      break;
    }
  }
  // A surname alone, for a known person whose full name this article does not also print.
  if (draw.surnameAlone) {
    for (const e of drawn) {
      if (e.kind !== 'person' || !e.surname || r() >= draw.surnameAlone) continue;
      const sameSurname = drawn.filter((x) => x.surname === e.surname).length;
      if (sameSurname === 1 && !used.has(e.surname)) used.add((e.name = e.surname));
    }
  }

  // Claims: most attributed to a few speakers (people first), the first speaker quoted most.
  const nClaims = clamp(Math.round(lognormal(r, 8, 0.59)), 0, 40);
  const speakers = [...drawn.filter((e) => e.kind === 'person'), ...drawn.filter((e) => e.kind !== 'person')];
  const attributed = Math.round(nClaims * 0.9);
  const nSpeakers = Math.min(speakers.length, Math.max(1, Math.round(attributed / 2.2)));
  const weights = Array.from({ length: nSpeakers }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const claimsOf = new Map<string, number[]>();
  const claims: DigestClaim[] = [];
  for (let c = 0; c < nClaims; c++) {
    const len = clamp(Math.round(lognormal(r, 109, 0.67)), 20, 600);
    const direct = r() < 0.45;
    const cue = pick(r, CUES);
    let speaker: Drawn | null = null;
    if (c < attributed && nSpeakers > 0) {
      let u = r() * total;
      let s = 0;
      while (s < nSpeakers - 1 && (u -= weights[s]!) > 0) s++;
      speaker = speakers[s]!;
    }
    const sourceType: SourceType = !speaker
      ? 'anonymous'
      : speaker.kind === 'person'
        ? 'named-person'
        : speaker.kind === 'media'
          ? 'media'
          : 'institution';
    const source = !speaker
      ? pick(r, ANONYMOUS)
      : speaker.role && r() < 0.3
        ? `${speaker.role} ${speaker.name}`
        : r() < 0.25
          ? r() < 0.5
            ? 'He'
            : 'She'
          : speaker.name;
    if (speaker) claimsOf.set(speaker.name, [...(claimsOf.get(speaker.name) ?? []), c]);
    const relay = r() < 0.05 ? w.outlets[w.outletZipf.sample(r)]!.name : null;
    claims.push({ speaker: speaker?.name ?? null, source, sourceType, cue, text: text(w, r, len), direct, relay });
  }
  const entities: DigestEntity[] = drawn.map((e) => {
    const said = claimsOf.get(e.name) ?? [];
    return {
      name: e.name,
      kind: e.kind,
      role: e.role,
      official: e.official,
      mentions: said.length ? int(r, 2, 8) : 1 + Math.floor(-Math.log(1 - r()) * 0.8),
      claims: said,
    };
  });
  // As digestAnalysis orders them: officials first, then by how often they are named.
  entities.sort((a, b) => Number(b.official) - Number(a.official) || b.mentions - a.mentions || a.name.localeCompare(b.name));

  const title = text(w, r, clamp(Math.round(lognormal(r, 70, 0.25)), 25, 140));
  const published = readAt - r() * 36 * 3_600_000;
  const day = new Date(published).toISOString().slice(0, 10).replace(/-/g, '/');
  const prefix = `https://www.${outlet.domain}/${pick(r, SECTIONS)}/${day}/`;
  const suffix = `-${index.toString(36)}`;
  const room = Math.max(12, Math.round(lognormal(r, 90, 0.2)) - prefix.length - suffix.length);
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, room)
    .replace(/-+$/, '');
  return {
    url: prefix + slug + suffix,
    outlet: outlet.domain,
    outletName: outlet.name,
    title: cap(title),
    byline: r() < 0.7 ? `By ${pick(r, w.firstNames)} ${cap(syllables(r, 2, 3))}` : null,
    publishedAt: r() < 0.85 ? new Date(Math.floor(published / 60_000) * 60_000).toISOString().replace('.000Z', 'Z') : null,
    language: 'en',
    wordCount: clamp(Math.round(lognormal(r, 700, 0.5)), 120, 6_000),
    readAt: Math.round(readAt),
    digest: { entities, claims },
  };
}

/** The i-th of n articles of the fill, read evenly over the period. */
export function fillInput(w: World, r: Rand, i: number, n: number): ArticleInput {
  return makeInput(w, r, i, w.start + ((i + r()) * w.span) / n);
}
