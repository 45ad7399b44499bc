import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progress } from '../../../cli/progress';

/** What the Progress writes to stderr, with stderr a terminal or not, on a clock the test moves. */
function run(tty: boolean, steps: (p: Progress, advance: (ms: number) => void) => void, size: number | null = 1000): string[] {
  vi.useFakeTimers({ toFake: ['performance'] });
  const wasTty = process.stderr.isTTY;
  process.stderr.isTTY = tty;
  const written: string[] = [];
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
  try {
    const progress = new Progress(size);
    steps(progress, (ms) => vi.advanceTimersByTime(ms));
    progress.end();
  } finally {
    write.mockRestore();
    process.stderr.isTTY = wasTty;
  }
  return written;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("analyze --jsonl's progress on stderr", () => {
  it('redraws one line on a terminal, with the rate and the time left, and ends with the summary', () => {
    const written = run(true, (p, advance) => {
      advance(1000);
      p.done(true, 250); // a quarter of the input in one second: three seconds left
      advance(100);
      p.done(false, 250); // under the redraw interval: not drawn
    });
    expect(written).toEqual([
      '\r\x1b[Kanalyze: 1 article, 0 failed, 1.0/s, 3 s left',
      '\r\x1b[K',
      'analyze: 2 articles, 1 failed, 1.1 s (1.8 articles/s)\n',
    ]);
  });

  it('gives no time left when the size is unknown (a pipe)', () => {
    const written = run(true, (p, advance) => (advance(2000), p.done(true, 10)), null);
    expect(written[0]).toBe('\r\x1b[Kanalyze: 1 article, 0 failed, 0.5/s');
  });

  it('writes only the summary when stderr is not a terminal', () => {
    const written = run(false, (p, advance) => {
      advance(500);
      p.done(true, 10);
    });
    expect(written).toEqual(['analyze: 1 article, 0 failed, 0.5 s (2.0 articles/s)\n']);
  });
});
