/**
 * The progress of `analyze --jsonl` on standard error: a line redrawn in place while stderr is a
 * terminal (articles, rate, and the time left when the input's size is known: a file, or standard
 * input redirected from one), and a summary at the end in any case (articles, failures, seconds).
 * Nothing goes to standard output, which carries only the results.
 */
const REDRAW_MS = 250;

export class Progress {
  articles = 0;
  failures = 0;
  private bytesDone = 0;
  private readonly started = performance.now();
  private lastDrawn = 0;
  private readonly live = Boolean(process.stderr.isTTY);

  /** `size`: the input's bytes, when known, for the time left. */
  constructor(private readonly size: number | null) {}

  /** A record answered; `bytes`: its line's, newline included, blank lines before it too. */
  done(ok: boolean, bytes: number): void {
    this.bytesDone += bytes;
    this.articles++;
    if (!ok) this.failures++;
    if (this.live && performance.now() - this.lastDrawn >= REDRAW_MS) this.draw();
  }

  /** The summary; `stopped`: standard output's reader went before the input ended, and the rest was not read. */
  end(stopped = false): void {
    if (this.live) process.stderr.write('\r\x1b[K');
    const seconds = this.seconds();
    const rate = seconds > 0 ? ` (${(this.articles / seconds).toFixed(1)} articles/s)` : '';
    const why = stopped ? 'standard output was closed: stopped after ' : '';
    process.stderr.write(`analyze: ${why}${articles(this.articles)}, ${this.failures} failed, ${seconds.toFixed(1)} s${rate}\n`);
  }

  private seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  private draw(): void {
    this.lastDrawn = performance.now();
    const seconds = this.seconds();
    const parts = [articles(this.articles), `${this.failures} failed`, `${(this.articles / seconds).toFixed(1)}/s`];
    if (this.size && this.bytesDone > 0) {
      const left = (seconds * Math.max(0, this.size - this.bytesDone)) / this.bytesDone;
      parts.push(`${Math.ceil(left)} s left`);
    }
    process.stderr.write(`\r\x1b[Kanalyze: ${parts.join(', ')}`);
  }
}

function articles(n: number): string {
  return `${n} ${n === 1 ? 'article' : 'articles'}`;
}
