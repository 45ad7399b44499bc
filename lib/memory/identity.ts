/**
 * One person across articles. Outlets spell the same name differently ("Dmitry", "Dmitri",
 * "Dmitriy"; "Kim Jong Un", "Kim Jong-un"; "Zelensky", "Zelenskyy"), so a name is reduced to a key
 * that folds the spellings romanisation allows and nothing more: "Dmitry Peskov" and
 * "Nikolai Peskov" keep different keys. Pure: runs in the background, the popup and tests.
 */
import type { EntityKind } from '../nlp/types';

/** The kinds Sourcelight remembers across articles: places and unnamed sources are not tracked. */
export const TRACKED_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['person', 'organization', 'media']);

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Folds one name token. The rules are the variations of romanising Russian, Ukrainian, Arabic and
 * Korean names that English-language outlets actually print: -y/-i/-iy/-yy endings, kh/h, ks/x,
 * ye-/e-, ya/ia, yu/iu, doubled consonants (Mohammed/Mohamed), ph/f.
 */
export function foldToken(token: string): string {
  let t = token;
  t = t.replace(/^ye/, 'e').replace(/^yo/, 'e');
  t = t.replace(/kh/g, 'h').replace(/ks/g, 'x').replace(/ph/g, 'f');
  t = t.replace(/ya/g, 'ia').replace(/yu/g, 'iu').replace(/yo/g, 'io');
  t = t.replace(/(iy|yy|ij|ii|y)$/, 'i');
  t = t.replace(/([b-df-hj-np-tv-z])\1/g, '$1');
  return t;
}

/** The name's tokens, without accents, punctuation, initials ("J.") or suffixes ("Jr."). */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1 && !SUFFIXES.has(t));
}

export interface Identity {
  /** The entity's key in the store: "person:dmitri peskov", "organization:kremlin". */
  id: string;
  /** A person's folded last token, to find the full name a surname alone stands for; else null. */
  surname: string | null;
  /** True when the name is a single word (a surname alone, "Peskov"). */
  partial: boolean;
}

/** The fuller of two spellings of one name ("Dmitry Peskov" over "Peskov"); `here` on a tie. */
export function fullestName(here: string, other: string | null | undefined): string {
  const words = (s: string) => s.trim().split(/\s+/).length;
  return other && words(other) > words(here) ? other : here;
}

/** Past this many names the answers kept by identify() start over: memory stays flat however long the background runs. */
const KEPT_LIMIT = 5_000;
const kept = new Map<string, Readonly<Identity>>();

/**
 * The key a name gets, before looking at what the store already holds (see resolve in lib/db).
 * Kept by name: the store asks it of the same names over and over (each pending article's
 * entities, at every recording that resolves a surname, every fold and every coverage answer),
 * and one answer costs a Unicode normalisation and a dozen regular expressions (~2 µs: 330 names,
 * 0.76 ms of a recording in Chromium). The answers are frozen, as they are shared.
 */
export function identify(name: string, kind: EntityKind): Readonly<Identity> {
  const key = `${kind}\u0000${name}`;
  let identity = kept.get(key);
  if (!identity) {
    if (kept.size >= KEPT_LIMIT) kept.clear();
    identity = Object.freeze(identityOf(name, kind));
    kept.set(key, identity);
  }
  return identity;
}

function identityOf(name: string, kind: EntityKind): Identity {
  if (kind !== 'person') {
    const key = nameTokens(name).join(' ') || name.trim().toLowerCase();
    return { id: `${kind}:${key}`, surname: null, partial: false };
  }
  const tokens = nameTokens(name).map(foldToken);
  const key = tokens.join(' ') || name.trim().toLowerCase();
  return { id: `person:${key}`, surname: tokens.at(-1) ?? null, partial: tokens.length < 2 };
}
