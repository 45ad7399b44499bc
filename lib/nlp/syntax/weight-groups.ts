/**
 * The form of the tagger's weights (tagger-weights.json). Training names each weight row with a
 * feature string, "family value" (features.ts); the stored form files the same rows by the key a
 * word looks them up with, so that a word first seen costs one lookup per key (its normalized form,
 * suffix, shape, verb class…) and builds no string: "w-1 said", "w+1 said" and "t1w NNP said" are
 * all under word "said". The rows themselves are unchanged.
 */
import { BIAS } from './features';

/** Flat pairs [tag index, weight in tenths, …], as training writes them. */
export type Pairs = readonly number[];

/** Each group's families: the rows that one key (of the word, or of the previous tags) finds. */
export const GROUPS = {
  word: ['w', 'w-1', 'w+1', 'w-2', 'w+2', 't1w'],
  suffix: ['s3', 's-1', 's+1'],
  s2: ['s2'],
  s4: ['s4'],
  p1: ['p1'],
  shape: ['sh', 'sh-1', 'sh+1'],
  lex: ['lx', 'lx+1', 'lxt1'],
  f: ['f'],
  t1: ['t1'],
  t2: ['t2'],
} as const;

export type Group = keyof typeof GROUPS;
/** The two families whose value is a key and the previous tag: their rows are filed by that tag. */
type ByTag = 't1w' | 'lxt1';
/** Where their tag stands in the value: "t1w NNP said", "lxt1 VBD|VBN NNP". */
const TAG_FIRST: Record<ByTag, boolean> = { t1w: true, lxt1: false };

/** One key's rows: a row per family, or rows by the previous tag's name. */
export type Rows<G extends Group> = { [F in (typeof GROUPS)[G][number]]?: F extends ByTag ? Record<string, Pairs> : Pairs };

/** The weights as stored. */
export interface TaggerWeights {
  /** The tag set, in the order the pairs index it. */
  tags: string[];
  /** Unambiguous frequent words (normalized) and the index of their tag. */
  dict: Record<string, number>;
  /** The row every word adds. */
  bias: Pairs;
  /** Group -> key -> family -> row. */
  groups: { [G in Group]: Record<string, Rows<G>> };
}

/** The weights as training builds them: feature string -> row. */
export interface FlatWeights {
  tags: string[];
  dict: Record<string, number>;
  weights: Record<string, number[]>;
}

const GROUP_OF = new Map<string, Group>((Object.keys(GROUPS) as Group[]).flatMap((g) => GROUPS[g].map((f): [string, Group] => [f, g])));

/** Files training's rows by their lookup key (what `npm run train:tagger` writes). */
export function groupWeights({ tags, dict, weights }: FlatWeights): TaggerWeights {
  const groups = Object.fromEntries(Object.keys(GROUPS).map((g) => [g, {}])) as Record<Group, Record<string, Record<string, unknown>>>;
  let bias: Pairs = [];
  for (const [feature, row] of Object.entries(weights)) {
    if (feature === BIAS) {
      bias = row;
      continue;
    }
    const space = feature.indexOf(' ');
    const family = feature.slice(0, space);
    const value = feature.slice(space + 1);
    const group = GROUP_OF.get(family);
    if (!group) throw new Error(`tagger weights: no group for feature ${JSON.stringify(feature)}`);
    const rows = (groups[group][family === 't1w' || family === 'lxt1' ? keyOf(family, value) : value] ??= {});
    if (family === 't1w' || family === 'lxt1') ((rows[family] ??= {}) as Record<string, Pairs>)[tagOf(family, value)] = row;
    else rows[family] = row;
  }
  return { tags, dict, bias, groups: groups as TaggerWeights['groups'] };
}

/** The rows as training names them: the inverse of groupWeights. */
export function flattenWeights({ tags, dict, bias, groups }: TaggerWeights): FlatWeights {
  const weights: Record<string, number[]> = { [BIAS]: [...bias] };
  for (const rowsByKey of Object.values(groups) as Array<Record<string, Record<string, unknown>>>)
    for (const [key, rows] of Object.entries(rowsByKey))
      for (const [family, row] of Object.entries(rows)) {
        if (Array.isArray(row)) weights[`${family} ${key}`] = [...(row as Pairs)];
        else
          for (const [tag, r] of Object.entries(row as Record<string, Pairs>))
            weights[TAG_FIRST[family as ByTag] ? `${family} ${tag} ${key}` : `${family} ${key} ${tag}`] = [...r];
      }
  return { tags, dict, weights };
}

function keyOf(family: ByTag, value: string): string {
  return TAG_FIRST[family] ? value.slice(value.indexOf(' ') + 1) : value.slice(0, value.lastIndexOf(' '));
}

function tagOf(family: ByTag, value: string): string {
  return TAG_FIRST[family] ? value.slice(0, value.indexOf(' ')) : value.slice(value.lastIndexOf(' ') + 1);
}
