/**
 * The judge: the rules propose claims, a model trained on PolNeAR (npm run train) gives each a
 * confidence, and the product shows those at or above the display threshold chosen on PolNeAR dev.
 */
import type { Claim } from '../attribution';
import { claimFeatures, FEATURE_NAMES, type JudgeInput } from './features';
import { featureReach, predict, type Model, type StoredWeights } from './model';
import { WEIGHTS } from './weights';

export type { StoredWeights };

export interface Judged {
  claim: Claim;
  confidence: number;
  /** Whole, unless judgeClaims was told the caller keeps none: then only what the model reads (features.ts, claimFeatures). */
  features: number[];
}

/** Whether each set of weights was trained on these features, checked once (analyze() asks at every text). */
const TRAINED_ON_THESE = new WeakMap<StoredWeights, boolean>();

/** The weights in use, or null when they were trained on other features than these (run npm run train). */
export function storedModel(weights: StoredWeights = WEIGHTS): StoredWeights | null {
  let same = TRAINED_ON_THESE.get(weights);
  if (same === undefined) {
    same = weights.features.length === FEATURE_NAMES.length && weights.features.every((f, i) => f === FEATURE_NAMES[i]);
    TRAINED_ON_THESE.set(weights, same);
  }
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

/** Each model's featureReach, found once. */
const REACH = new WeakMap<Model, number[]>();
function reachOf(model: Model): number[] {
  let reach = REACH.get(model);
  if (!reach) REACH.set(model, (reach = featureReach(model, FEATURE_NAMES.length)));
  return reach;
}

/**
 * Every claim with its features and confidence. Without a model (`null`: the judge off, as the
 * training script runs it) every claim gets confidence 1. With `keepFeatures` false (a caller that
 * reads only the confidences) the features are read only as far as the model reads them: the
 * confidences are the same, and fewer sentences are tagged.
 */
export function judgeClaims(input: JudgeInput, model: Model | null, keepFeatures = true): Judged[] {
  const reach = model && !keepFeatures ? reachOf(model) : undefined;
  return input.claims.map((claim) => {
    const features = claimFeatures(claim, input, reach);
    const confidence = model ? Math.round(predict(model, features) * 10000) / 10000 : 1;
    return { claim, confidence, features };
  });
}
