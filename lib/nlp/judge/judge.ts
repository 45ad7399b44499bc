/**
 * The judge: the rules propose claims, a model trained on PolNeAR (npm run train) gives each a
 * confidence, and the product shows those at or above the display threshold chosen on PolNeAR dev.
 */
import type { Claim } from '../attribution';
import { claimFeatures, FEATURE_NAMES, type JudgeInput } from './features';
import { predict, type Model, type StoredWeights } from './model';
import { WEIGHTS } from './weights';

export type { StoredWeights };

export interface Judged {
  claim: Claim;
  confidence: number;
  features: number[];
}

/** The weights in use, or null when they were trained on other features than these (run npm run train). */
export function storedModel(weights: StoredWeights = WEIGHTS): StoredWeights | null {
  const same = weights.features.length === FEATURE_NAMES.length && weights.features.every((f, i) => f === FEATURE_NAMES[i]);
  return same ? weights : null;
}

/** The lowest confidence shown (chosen by npm run train on development data: scripts/train.ts says how). */
export const DISPLAY_THRESHOLD: number = WEIGHTS.threshold;

/**
 * Whether analyze() hides the candidates under DISPLAY_THRESHOLD unless told otherwise: it does,
 * so that the page, the hover cards and the popup (which read `attributions`) show only those;
 * the CLI's `--threshold 0` shows every one with its confidence.
 */
export const HIDE_BY_DEFAULT = true;

/** The threshold analyze() applies when it is given none. */
export const DEFAULT_THRESHOLD: number = HIDE_BY_DEFAULT ? DISPLAY_THRESHOLD : 0;

/**
 * Every claim with its features and confidence. Without a model (`null`: the judge off, as the
 * training script runs it) every claim gets confidence 1.
 */
export function judgeClaims(input: JudgeInput, model: Model | null): Judged[] {
  return input.claims.map((claim) => {
    const features = claimFeatures(claim, input);
    const confidence = model ? Math.round(predict(model, features) * 10000) / 10000 : 1;
    return { claim, confidence, features };
  });
}
