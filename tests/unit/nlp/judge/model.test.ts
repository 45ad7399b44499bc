import { describe, expect, it } from 'vitest';
import { featureReach, margin, predict, train } from '@/lib/nlp/judge/model';

/** Rows of made-up data: label 1 exactly when x0 > 5 and x1 is 0 (an interaction a depth-2 tree can hold). */
function made(n: number): { X: number[][]; y: number[] } {
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = [i % 11, (i * 7) % 3 === 0 ? 1 : 0, (i * 13) % 5];
    X.push(x);
    y.push(x[0]! > 5 && x[1] === 0 ? 1 : 0);
  }
  return { X, y };
}

describe('gradient-boosted depth-2 trees', () => {
  const { X, y } = made(400);
  const model = train(X, y, { trees: 60, rate: 0.1, lambda: 1, minChild: 3 });

  it('learns an interaction of two features', () => {
    const right = X.filter((x, i) => (predict(model, x) >= 0.5 ? 1 : 0) === y[i]).length;
    expect(right).toBe(X.length);
    expect(predict(model, [9, 0, 2])).toBeGreaterThan(0.9);
    expect(predict(model, [9, 1, 2])).toBeLessThan(0.1);
    expect(predict(model, [2, 0, 2])).toBeLessThan(0.1);
  });

  it('ignores a feature that says nothing', () => {
    const used = new Set(model.trees.flatMap((t) => [t[0], t[2], t[4]]).filter((f) => f! >= 0));
    expect(used.has(2)).toBe(false);
  });

  it('reads a feature no further than its trees do', () => {
    const reach = featureReach(model, 3);
    expect(reach[2]).toBe(-1);
    // Every row with its counts stopped at their reach (and its unread feature zeroed) predicts the same.
    for (const x of X)
      expect(
        predict(
          model,
          x.map((v, f) => (reach[f]! < 0 ? 0 : Math.min(v, reach[f]!))),
        ),
      ).toBe(predict(model, x));
  });

  it('is deterministic: the same rows give the same model', () => {
    expect(train(X, y, { trees: 60, rate: 0.1, lambda: 1, minChild: 3 })).toEqual(model);
  });

  it('starts from the prior and stops when nothing splits', () => {
    const constant = train([[1], [2], [3], [4]], [1, 1, 1, 0], { trees: 10, minChild: 5 });
    expect(constant.trees).toEqual([]);
    expect(predict(constant, [1])).toBeCloseTo(0.75, 3);
    expect(margin(constant, [1])).toBeCloseTo(Math.log(3), 3);
  });
});
