import { describe, expect, it } from 'vitest';
import { INTERRUPT_BUDGET, tieringFlag } from '../../../cli/tiering-flag';

describe('tieringFlag', () => {
  it('holds TurboFan back and compiles each regular expression once under V8 11 (Node 20), where both were measured', () => {
    expect(tieringFlag('11.3.244.8-node.38', [])).toBe(`--interrupt-budget=${INTERRUPT_BUDGET} --no-regexp-tier-up`);
  });

  it('sets nothing under V8 12 and 13 (Node 22, 24), which have no such flag and would print an error at every start', () => {
    expect(tieringFlag('12.4.254.21-node.57', [])).toBeNull();
    expect(tieringFlag('13.6.233.17-node.63', [])).toBeNull();
  });

  it('leaves a flag given on the command line as it is', () => {
    expect(tieringFlag('11.3.244.8-node.38', ['--interrupt-budget=5000'])).toBe('--no-regexp-tier-up');
    expect(tieringFlag('11.3.244.8-node.38', ['--interrupt_budget=5000'])).toBe('--no-regexp-tier-up');
    expect(tieringFlag('11.3.244.8-node.38', ['--regexp-tier-up'])).toBe(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    expect(tieringFlag('11.3.244.8-node.38', ['--interrupt-budget=5000', '--no-regexp-tier-up'])).toBeNull();
  });

  it('sets nothing when the version cannot be read', () => {
    expect(tieringFlag('', [])).toBeNull();
  });

  it('is what the running Node accepts: its V8 lists each flag it would set', async () => {
    const { execFileSync } = await import('node:child_process');
    const flags = tieringFlag(process.versions.v8, []);
    if (!flags) return;
    const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    for (const flag of flags.split(' ')) expect(options).toContain(`--${flag.replace(/^--(?:no-)?/, '').replace(/=.*/, '')} `);
  });
});
