import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '@/lib/nlp/judge/features';
import { DISPLAY_THRESHOLD, storedModel } from '@/lib/nlp/judge/judge';
import { WEIGHTS } from '@/lib/nlp/judge/weights';
import { hasShared, PROJECT_ROOT, SHARED } from '../../../helpers/shared-data';

const POLNEAR = path.join(SHARED, 'data/polnear');

describe("the judge's stored weights", () => {
  it('were trained on the features of features.ts, in their order', () => {
    expect(WEIGHTS.features).toEqual(FEATURE_NAMES);
    expect(storedModel()).not.toBeNull();
    expect(DISPLAY_THRESHOLD).toBeGreaterThan(0);
    expect(DISPLAY_THRESHOLD).toBeLessThan(1);
  });

  it.runIf(hasShared(POLNEAR, "the judge's weights check (npm run train -- --check)"))(
    'are what npm run train builds from PolNeAR and the present rules',
    () => {
      // Exits non-zero when lib/nlp/judge/weights.ts differs from what the training script writes.
      execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/train.ts', '--check'], {
        cwd: PROJECT_ROOT,
        stdio: 'pipe',
      });
    },
    120_000,
  );
});
