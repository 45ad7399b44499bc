import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onOutputClosed, outputClosed, resetOutputClosed, watchOutput } from '../../../cli/stdout-closed';
import { PROJECT_ROOT } from '../../helpers/shared-data';

const CLI = path.join(PROJECT_ROOT, 'scripts/analyze.mjs');
const TEXT = 'Kremlin spokesman Dmitry Peskov said on Tuesday that the talks had been useful, according to Reuters.';

/**
 * The CLI run as `… | head -1` runs it: its standard output is read to the end of the first line,
 * then closed. Resolves with the exit code, the first line and standard error.
 */
function runClosingAfterFirstLine(args: string[], input?: string): Promise<{ code: number | null; first: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, first: out.split('\n')[0]!, stderr }));
    child.stdin.end(input ?? '');
  });
}

describe('standard output closed by its reader (`analyze … | head -1`)', () => {
  it('--jsonl stops reading and exits 0, saying why on standard error, with no stack trace', async () => {
    const records = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: i, text: `${TEXT} (${i})` })).join('\n') + '\n';
    const { code, first, stderr } = await runClosingAfterFirstLine(['--jsonl', '--jobs', '1'], records);
    expect(JSON.parse(first)).toMatchObject({ id: 0 });
    expect(stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(stderr).toMatch(/^analyze: standard output was closed: stopped after \d+ articles?, 0 failed/m);
    expect(code).toBe(0);
  });

  it('the summaries of FILE... stop at the next file and exit 0, with no stack trace', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-closed-'));
    // More summaries than a pipe holds (64 KB), so that the run is still writing when the reader goes.
    const files = Array.from({ length: 400 }, (_, i) => {
      const file = path.join(dir, `t${i}.txt`);
      writeFileSync(file, `${TEXT} (${i})`);
      return file;
    });
    // On two threads, as the crash was met: the answers of a worker are written from its message event.
    const { code, first, stderr } = await runClosingAfterFirstLine(['--jobs', '2', ...files]);
    expect(first).toBe(files[0]);
    expect(stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(code).toBe(0);
  });
});

describe('watchOutput', () => {
  afterEach(() => resetOutputClosed());

  it('reads EPIPE as the reader gone: each listener called once, later write errors ignored', () => {
    const stream = new EventEmitter() as unknown as NodeJS.WritableStream;
    const fail = vi.fn();
    const listener = vi.fn();
    watchOutput(stream, fail);
    onOutputClosed(listener);
    expect(outputClosed()).toBe(false);
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    stream.emit('error', Object.assign(new Error('Cannot call write after a stream was destroyed'), { code: 'ERR_STREAM_DESTROYED' }));
    expect(outputClosed()).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(fail).not.toHaveBeenCalled();
    const late = vi.fn();
    onOutputClosed(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('reports any other error of standard output in one line and fails the run', () => {
    const stream = new EventEmitter() as unknown as NodeJS.WritableStream;
    const fail = vi.fn();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    watchOutput(stream, fail);
    stream.emit('error', Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^analyze: standard output: .*no space left on device/));
    expect(fail).toHaveBeenCalledWith(1);
    expect(outputClosed()).toBe(false);
    error.mockRestore();
  });
});
