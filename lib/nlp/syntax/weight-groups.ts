/**
 * The form of the tagger's weights (tagger-weights.json). Training names each weight row with a
 * feature string, "family value" (features.ts); the stored form files the same rows by the key a
 * word looks them up with, so that a word first seen costs one lookup per key (its normalized form,
 * suffix, shape, verb class…) and builds no string: "w-1 said", "w+1 said" and "t1w NNP said" are
 * all under word "said". A key's rows are an array by family, not an object: reading them is an
 * index, the same for every key (each key's object had its own hidden class, so every read missed
 * V8's caches). The rows themselves are unchanged.
 */
import { BIAS } from './features';

/** Flat pairs [tag index, weight in tenths, …], as training writes them. */
export type Pairs = readonly number[];

/** Each group's families, in the order a key's rows are stored. */
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

/** A by-tag family's rows: [previous tag's index, row, …], the index into tags, then '-START-', '-START2-'. */
export type TagRows = ReadonlyArray<number | Pairs>;
/** One key's rows, in its group's family order: a row, a by-tag family's TagRows, or 0 for none. */
export type KeyRows = ReadonlyArray<Pairs | TagRows | 0>;

/** The weights as stored. */
export interface TaggerWeights {
  /** The tag set, in the order the pairs index it. */
  tags: string[];
  /** Unambiguous frequent words (normalized) and the index of their tag. */
  dict: Record<string, number>;
  /** The row every word adds. */
  bias: Pairs;
  /** Group -> its keys, and each key's rows by family (see KeyedRows). */
  groups: Record<Group, KeyedRows>;
}

/**
 * A group's keys and, at the same places, their rows: two arrays rather than an object keyed by
 * them. JSON.parse makes an object of a few thousand keys a dictionary, whose entries cost ~5 ms
 * to read back into the tagger's Maps at every start (the CLI's, the service worker's); from two
 * arrays the same Maps take ~0.8 ms (the lexicon is stored so for the same reason, lexicon.ts).
 */
export type KeyedRows = [keys: string[], rows: KeyRows[]];

/** The weights as training builds them: feature string -> row. */
export interface FlatWeights {
  tags: string[];
  dict: Record<string, number>;
  weights: Record<string, number[]>;
}

/** Where a family's rows stand: its group, and its place in a key's rows. */
const PLACE = new Map<string, [Group, number]>(
  (Object.keys(GROUPS) as Group[]).flatMap((g) => GROUPS[g].map((f, k): [string, [Group, number]] => [f, [g, k]])),
);

/** The previous-tag symbols in index order: the tags, then the two before a sentence. */
function tagSymbols(tags: readonly string[]): string[] {
  return [...tags, '-START-', '-START2-'];
}

/** Files training's rows by their lookup key (what `npm run train:tagger` writes). */
export function groupWeights({ tags, dict, weights }: FlatWeights): TaggerWeights {
  const groups = Object.fromEntries(Object.keys(GROUPS).map((g) => [g, {}])) as Record<Group, Record<string, Array<Pairs | number[] | 0>>>;
  const tagIndex = new Map(tagSymbols(tags).map((t, k) => [t, k]));
  let bias: Pairs = [];
  for (const [feature, row] of Object.entries(weights)) {
    if (feature === BIAS) {
      bias = row;
      continue;
    }
    const space = feature.indexOf(' ');
    const family = feature.slice(0, space);
    const value = feature.slice(space + 1);
    const place = PLACE.get(family);
    if (!place) throw new Error(`tagger weights: no group for feature ${JSON.stringify(feature)}`);
    const [group, k] = place;
    const byTag = family === 't1w' || family === 'lxt1';
    const rows = (groups[group][byTag ? keyOf(family, value) : value] ??= new Array<0>(GROUPS[group].length).fill(0));
    if (!byTag) rows[k] = row;
    else {
      const tag = tagIndex.get(tagOf(family, value));
      if (tag === undefined) throw new Error(`tagger weights: no tag for feature ${JSON.stringify(feature)}`);
      ((rows[k] ||= []) as Array<number | Pairs>).push(tag, row);
    }
  }
  const keyed = Object.fromEntries(
    (Object.keys(GROUPS) as Group[]).map((g): [Group, KeyedRows] => [g, [Object.keys(groups[g]), Object.values(groups[g])]]),
  ) as Record<Group, KeyedRows>;
  return { tags, dict, bias, groups: keyed };
}

/** The rows as training names them: the inverse of groupWeights. */
export function flattenWeights({ tags, dict, bias, groups }: TaggerWeights): FlatWeights {
  const weights: Record<string, number[]> = { [BIAS]: [...bias] };
  const symbols = tagSymbols(tags);
  for (const group of Object.keys(GROUPS) as Group[]) {
    const [keys, keyRows] = groups[group];
    keys.forEach((key, i) =>
      keyRows[i]!.forEach((row, k) => {
        const family = GROUPS[group][k]!;
        if (!row) return;
        if (family !== 't1w' && family !== 'lxt1') weights[`${family} ${key}`] = [...(row as Pairs)];
        else
          for (let i = 0; i < row.length; i += 2) {
            const tag = symbols[row[i] as number]!;
            weights[TAG_FIRST[family] ? `${family} ${tag} ${key}` : `${family} ${key} ${tag}`] = [...(row[i + 1] as Pairs)];
          }
      }),
    );
  }
  return { tags, dict, weights };
}

function keyOf(family: ByTag, value: string): string {
  return TAG_FIRST[family] ? value.slice(value.indexOf(' ') + 1) : value.slice(0, value.lastIndexOf(' '));
}

function tagOf(family: ByTag, value: string): string {
  return TAG_FIRST[family] ? value.slice(0, value.indexOf(' ')) : value.slice(value.lastIndexOf(' ') + 1);
}
