import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { featuresOf, viewOf } from '../../../lib/nlp/syntax/features';
import { Tagger, type TaggerWeights } from '../../../lib/nlp/syntax/tagger';
import weights from '../../../lib/nlp/syntax/tagger-weights.json';
import { flattenWeights, groupWeights } from '../../../lib/nlp/syntax/weight-groups';
import { hasShared, SHARED } from '../../helpers/shared-data';

const model = weights as unknown as TaggerWeights;
const flat = flattenWeights(model);
const byFeature = new Map(Object.entries(flat.weights));
const dict = new Map(Object.entries(model.dict));

/**
 * The tagger as the training script tags (scripts/train-tagger.ts): every feature string of
 * features.ts looked up whole in the flat rows training builds. tagger-model.ts reads the stored,
 * grouped rows (some indexed by tag at load, the rest read when a word is first seen): the tags
 * must be the same.
 */
function reference(words: string[]): string[] {
  const view = viewOf(words);
  const out: string[] = [];
  let prev = '-START-';
  let prev2 = '-START2-';
  for (let i = 0; i < words.length; i++) {
    let best = dict.get(view.norm[i]!);
    if (best === undefined) {
      const scores = new Float64Array(model.tags.length);
      for (const f of featuresOf(view, i, prev, prev2)) {
        const pairs = byFeature.get(f) ?? [];
        for (let k = 0; k < pairs.length; k += 2) scores[pairs[k]!]! += pairs[k + 1]!;
      }
      best = 0;
      for (let t = 1; t < scores.length; t++) if (scores[t]! > scores[best]!) best = t;
    }
    out.push(model.tags[best]!);
    prev2 = prev;
    prev = model.tags[best]!;
  }
  return out;
}

const tagger = new Tagger(model);

describe('the stored weights', () => {
  test("are training's rows regrouped, none lost or changed", () => {
    expect(groupWeights(flat)).toEqual(model);
  });
});

describe('the tagger model', () => {
  // Words that name Object.prototype's members find nothing in the dictionary or the weights (JSON objects) but their own.
  test.each([
    ['The constructor said the toString method was broken .'],
    ['__proto__ valueOf hasOwnProperty isPrototypeOf propertyIsEnumerable toLocaleString __defineGetter__'],
    ['Constructor Smith , the hasOwnProperty of Acme Inc. , told reporters on Tuesday that it would not comment .'],
    ['" We are not going to pay , " said Ms. Aldana-Ruiz , 42 , who has lived in the 1990s-era block since 2004 .'],
  ])('tags %j as the feature strings do', (sentence) => {
    const words = sentence.split(' ');
    expect(tagger.tag(words)).toEqual(reference(words));
  });
});

const DEV = path.join(SHARED, 'data/polnear/dev/text');

describe.runIf(hasShared(DEV, 'the tagger model against the feature strings on PolNeAR dev'))('the tagger model on news text', () => {
  test('tags the sentences of 10 PolNeAR dev texts as the feature strings do', () => {
    const files = readdirSync(DEV).sort().slice(0, 10);
    let compared = 0;
    for (const file of files) {
      for (const line of readFileSync(path.join(DEV, file), 'utf8').split(/(?<=[.!?])\s+/)) {
        const words = line.split(/\s+/).filter(Boolean);
        if (!words.length) continue;
        expect(tagger.tag(words), line).toEqual(reference(words));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });
});
