import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { groupWeights } from '../../../lib/nlp/syntax/weight-groups';
import { readConll, train } from '../../../scripts/train-tagger';
import { hasShared, PROJECT_ROOT, SHARED } from '../../helpers/shared-data';

const CONLL = path.join(SHARED, 'data/conll2003/valid.txt');
const WEIGHTS = path.join(PROJECT_ROOT, 'lib/nlp/syntax/tagger-weights.json');

test('the verb lexicon is what scripts/build-verb-forms.mjs builds from brill', () => {
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build-verb-forms.mjs'), '--check'], { stdio: 'pipe' });
});

// Models are data with a recipe: the stored weights must be what `npm run train:tagger` builds.
describe.runIf(hasShared(CONLL, 'the tagger weights check'))('tagger weights', () => {
  test('match what the training script builds from CoNLL-2003', () => {
    const stored = JSON.parse(readFileSync(WEIGHTS, 'utf8'));
    expect(groupWeights(train(readConll(CONLL).flat()))).toEqual(stored);
  }, 120_000);
});
