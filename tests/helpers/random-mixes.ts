/**
 * Random texts made of tricky pieces, for holding a pattern written for speed to the same pattern
 * written plainly. A fixed seed (a linear congruential generator): the same texts every run.
 */
export function randomMixes(pieces: readonly string[], count: number, seed: number, maxPieces = 15): string[] {
  let state = seed;
  const next = (n: number) => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16) % n;
  const texts: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    for (let i = next(maxPieces + 1); i > 0; i--) text += pieces[next(pieces.length)];
    texts.push(text);
  }
  return texts;
}
