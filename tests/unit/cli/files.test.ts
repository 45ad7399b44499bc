import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { outputNames, runFiles, workersFor } from '../../../cli/files';
import {
  FREE_READINGS,
  IdleCores,
  MIN_WINDOW_MS,
  READING_GAP_MS,
  coresFreeNow,
  othersRunnable,
  ownRunnable,
  runnableNow,
} from '../../../cli/idle-cores';
import { analyze, SAMPLE } from '../../helpers/cli';

const SHORT = 'The Kremlin said on Tuesday that it would not comment on the claims.';

/** Files where pages (slow: extraction) and short texts (fast) alternate, and a missing one in the middle. */
function inputs(): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-files-'));
  const files = Array.from({ length: 12 }, (_, i) => {
    if (i === 7) return path.join(dir, 'missing.txt');
    if (i % 3 === 0) return SAMPLE;
    const file = path.join(dir, `short-${i}.txt`);
    writeFileSync(file, `${SHORT} Story ${i}.`);
    return file;
  });
  return { dir, files };
}

describe('npm run analyze -- FILE... on several threads', () => {
  it('writes the same summaries in the same order on two threads as on one, and each error in its place', async () => {
    const { files } = inputs();
    const one = await analyze('--jobs', '1', ...files);
    const two = await analyze('--jobs', '2', ...files);
    expect(one.code).toBe(1);
    expect(two).toEqual(one);
    // In the files' order: each summary starts with its file's name, and the missing file is reported once.
    const named = [...one.stdout.matchAll(/^(\S.*)$/gm)].map((m) => m[1]);
    expect(named).toEqual(files.filter((f) => !f.endsWith('missing.txt')));
    expect(one.stderr.trim().split('\n')).toEqual([`analyze: ${files[7]}: no such file`]);
  });

  it('writes the same JSON files on two threads as on one', async () => {
    const { dir, files } = inputs();
    const texts = files.filter((f) => f.startsWith(dir) && !f.endsWith('missing.txt'));
    const outs = ['1', '2'].map((jobs) => {
      const out = path.join(dir, `out-${jobs}`);
      return { jobs, out };
    });
    for (const { jobs, out } of outs) expect((await analyze('--jobs', jobs, '--out', out, SAMPLE, ...texts)).code).toBe(0);
    const [a, b] = outs.map(({ out }) => readdirSync(out).sort());
    expect(b).toEqual(a);
    expect(a).toHaveLength(texts.length + 1);
    for (const name of a!)
      expect(readFileSync(path.join(outs[1]!.out, name), 'utf8')).toBe(readFileSync(path.join(outs[0]!.out, name), 'utf8'));
  });

  it("reports a JSON file it cannot write as that file's error, writes the others, and exits 1", async () => {
    const { dir, files } = inputs();
    const out = path.join(dir, 'out');
    const texts = files.filter((f) => f.startsWith(dir) && !f.endsWith('missing.txt'));
    mkdirSync(path.join(out, 'short-1.json'), { recursive: true }); // a folder where the file should go
    const { code, stderr } = await analyze('--out', out, ...texts);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([`analyze: ${texts[0]}: is a directory`]);
    expect(readdirSync(out).sort()).toEqual(texts.map((f) => path.basename(f, '.txt') + '.json').sort());
  });

  test.each([
    ['distinct names stay flat', ['/c/a/one.html', '/c/b/two.txt'], ['one.json', 'two.json']],
    ['one file given twice is one name', ['/c/a/one.html', '/c/a/../a/one.html'], ['one.json', 'one.json']],
    [
      'two folders of a crawl mirror their tree',
      ['/c/x/a/index.html', '/c/x/b/index.html', '/c/x/b/c/story.html'],
      ['a/index.json', 'b/index.json', 'b/c/story.json'],
    ],
    ['names that differ only in case collide (macOS, Windows)', ['/c/a/Index.html', '/c/b/index.html'], ['a/Index.json', 'b/index.json']],
    ['a page and a text of one name keep their extensions', ['/c/a/x.html', '/c/a/x.txt'], ['x.html.json', 'x.txt.json']],
  ])('--out names: %s', (_, files, names) => {
    expect(outputNames(files)).toEqual(names);
  });

  it('writes the pages of two folders that share a file name, each to its own JSON', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-names-'));
    const files = ['a', 'b'].map((folder, i) => {
      mkdirSync(path.join(dir, 'in', folder), { recursive: true });
      const file = path.join(dir, 'in', folder, 'index.txt');
      writeFileSync(file, `${SHORT} Story ${i}.`);
      return file;
    });
    const out = path.join(dir, 'out');
    expect((await analyze('--jobs', '1', '--out', out, ...files)).code).toBe(0);
    for (const [i, folder] of ['a', 'b'].entries())
      expect(JSON.parse(readFileSync(path.join(out, folder, 'index.json'), 'utf8')).article.text).toBe(`${SHORT} Story ${i}.`);
  });

  // Without --jobs a worker starts only for a core measured idle and 1 MiB of input left per worker.
  test.each([
    [420 * 1024, 84, 1.0, 2, 0], // the bench's 84 texts (415 KB): a worker is not won back, a core free or not
    [1700 * 1024, 336, 1.0, 2, 1], // 336 texts, a core free
    [1700 * 1024, 336, 0.2, 2, 0], // the same on a busy machine
    [1700 * 1024, 336, 0.6, 2, 1],
    [900 * 1024, 170, 1.0, 2, 0], // too little left to win back a worker's start
    [20 << 20, 4000, 7.0, 8, 7], // a large corpus on an idle 8-core machine
    [5 << 20, 1000, 7.0, 8, 5], // 5 MiB: five workers are worth it
    [5 << 20, 1000, 3.4, 8, 3],
    [5 << 20, 1000, 1.0, 1, 0], // one core: never a worker
    [5 << 20, 2, 4.0, 8, 1], // never more threads than files
  ])('with %i bytes in %i files left and %f cores idle of %i, starts %i workers', (bytes, files, idle, cores, workers) => {
    expect(workersFor(bytes, files, idle, cores)).toBe(workers);
  });

  test.each([
    // [idle ms each CPU adds, wall ms between readings, cores idle]
    [[100, 100], 100, 2],
    [[50, 0], 100, 0.5],
    [[0, 0], 100, 0],
    [[30, 30], 30, null], // under MIN_WINDOW_MS: too few ticks to tell
  ])('idle time %j over %i ms reads as %s idle cores', (idleMs, wallMs, cores) => {
    let t = 1000;
    let idle = 5000;
    let cpusRead = 0;
    const meter = new IdleCores({ nowMs: () => t, idleMs: () => (cpusRead++, idle) });
    t += wallMs;
    idle += idleMs.reduce((a, b) => a + b, 0);
    expect(meter.read()).toBe(cores);
    expect(cpusRead).toBe(cores === null ? 1 : 2); // the CPUs are read only once the stretch is long enough
    expect(MIN_WINDOW_MS).toBe(50);
  });

  test.each([
    // [tasks runnable this instant (this thread among them), cores, cores free for workers]
    [1, 2, 1], // a quiet 2-core machine: only this thread runs
    [2, 2, 0], // another process busy
    [7, 2, 0], // a busy machine
    [3, 8, 5],
    [null, 2, null], // no /proc/loadavg: unknown
  ])('%s tasks runnable on %i cores leave %s free', (runnable, cores, free) => {
    expect(coresFreeNow(cores, () => runnable)).toBe(free);
  });

  it.runIf(existsSync('/proc/loadavg'))('reads the runnable tasks from /proc/loadavg, this thread among them', () => {
    expect(runnableNow()).toBeGreaterThanOrEqual(1);
  });

  test.each([
    // [readings of the runnable tasks, one after another; cores; cores free; readings taken]
    [[1], 2, 1, 1], // free at once: read once
    [[2, 1], 2, 1, 2], // another task runnable for an instant only
    [[2, 2, 2, 1], 2, 0, FREE_READINGS], // another process busy all along: no more readings than FREE_READINGS
    [[3, 2, 3], 4, 2, 3], // the most found free, where never all are
    [[2, null], 2, 0, 2], // the count unreadable after a first reading: what was read
  ])('readings %j on %i cores leave %s free after %i readings', (readings, cores, free, taken) => {
    const left = [...readings];
    const waits: number[] = [];
    expect(
      coresFreeNow(
        cores,
        () => left.shift() ?? null,
        (ms) => waits.push(ms),
      ),
    ).toBe(free);
    expect(readings.length - left.length).toBe(taken);
    expect(waits).toEqual(Array.from({ length: taken - 1 }, () => READING_GAP_MS));
  });

  test.each([
    // [runnable on the machine, of which this process's, runnable counted: other processes' and this thread]
    [1, 1, 1], // only this thread
    [4, 4, 1], // this process's own threads (V8's compiler and collector) are not another process's work
    [3, 1, 3],
    [1, 3, 1], // read an instant apart: never under this thread
  ])('%i runnable, %i of them this process: %i', (machine, own, counted) => {
    expect(othersRunnable(machine, own)).toBe(counted);
  });

  it('counts the threads in state R by the field after the name, whatever the name holds', () => {
    const tasks = mkdtempSync(path.join(os.tmpdir(), 'sl-tasks-'));
    const stats = ['101 (node) R 1 101', '102 (V8 Worker) S 1 101', '103 (a) R (b) S 1 101', '104 (libuv) R 1 101'];
    stats.forEach((stat, i) => {
      mkdirSync(path.join(tasks, String(101 + i)));
      writeFileSync(path.join(tasks, String(101 + i), 'stat'), stat);
    });
    mkdirSync(path.join(tasks, '105')); // a thread that ended before its stat was read
    expect(ownRunnable(tasks)).toBe(2);
    expect(ownRunnable(path.join(tasks, 'absent'))).toBe(1);
  });

  it.runIf(existsSync('/proc/self/task'))('finds this thread running when it reads its own process', () => {
    expect(ownRunnable()).toBeGreaterThanOrEqual(1);
  });

  test.each([
    // No core free at the start, none idle at the first reading (this thread's load of the analysis),
    // one at the second (its first file): the workers start then.
    ['in the middle of the run', 0, 2],
    // A core free at the start: the worker starts before this thread loads the analysis, and no idle time is read.
    ['at the start', 1, 0],
  ])(
    'writes the same JSON files when workers start %s as on one thread',
    async (_when, free, expectedReadings) => {
      const { dir, files } = inputs();
      const texts = files.filter((f) => f.startsWith(dir) && !f.endsWith('missing.txt'));
      // Big enough that workersFor starts one: 2 copies of each short text and the sample, padded to ~1.4 MB.
      const many = Array.from({ length: 2 }, (_, k) =>
        [SAMPLE, ...texts].map((f, i) => {
          const copy = path.join(dir, `copy-${k}-${i}${path.extname(f)}`);
          writeFileSync(copy, readFileSync(f, 'utf8') + ' '.repeat(90_000));
          return copy;
        }),
      ).flat();
      const one = path.join(dir, 'one');
      expect((await analyze('--jobs', '1', '--out', one, ...many)).code).toBe(0);
      const late = path.join(dir, `workers-${free}`);
      let readings = 0;
      const idle = { read: () => (++readings < 2 ? 0 : 1), freeNow: () => free };
      mkdirSync(late);
      expect(await runFiles(many, { out: late, jobs: null, cores: 2, idle })).toBe(0);
      expect(readings).toBe(expectedReadings);
      const names = readdirSync(one).sort();
      expect(readdirSync(late).sort()).toEqual(names);
      for (const name of names) expect(readFileSync(path.join(late, name), 'utf8'), name).toBe(readFileSync(path.join(one, name), 'utf8'));
    },
    120_000,
  );

  test.each([
    [['--jobs', '0', SAMPLE], "analyze: --jobs takes a whole number from 1, not '0'"],
    [
      ['--jobs', '2', '--link', '--responses', '/tmp', SAMPLE],
      'analyze: --link looks people up one file at a time: --jobs does not go with it',
    ],
    [
      ['--jobs', '2', '--export', 'csv', '--out', '-', SAMPLE],
      'analyze: --export reads its files one at a time: --jobs does not go with it',
    ],
  ])('%j is refused with a reason', async (args, message) => {
    const result = await analyze(...args);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message);
  });
});
