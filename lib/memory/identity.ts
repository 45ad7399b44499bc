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

/** The key a name gets, before looking at what the store already holds (see resolve in lib/db). */
export function identify(name: string, kind: EntityKind): Identity {
  if (kind !== 'person') {
    const key = nameTokens(name).join(' ') || name.trim().toLowerCase();
    return { id: `${kind}:${key}`, surname: null, partial: false };
  }
  const tokens = nameTokens(name).map(foldToken);
  const key = tokens.join(' ') || name.trim().toLowerCase();
  return { id: `person:${key}`, surname: tokens.at(-1) ?? null, partial: tokens.length < 2 };
}
