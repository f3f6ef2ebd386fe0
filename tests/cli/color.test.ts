// NO_COLOR counts only when not empty (no-color.org); FORCE_COLOR decides before it.
import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/common.js';
import { runCli } from '../helpers/cli.js';
import { demoProject } from '../helpers/fixture.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };
const ESC = '\u001b[';

describe('colour', () => {
  it('a terminal has colour unless NO_COLOR has a value or TERM is dumb', () => {
    expect(useColor(tty, {})).toBe(true);
    expect(useColor(tty, { NO_COLOR: '' })).toBe(true);
    expect(useColor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(tty, { NO_COLOR: '0' })).toBe(false);
    expect(useColor(tty, { TERM: 'dumb' })).toBe(false);
    expect(useColor(pipe, {})).toBe(false);
  });

  it('FORCE_COLOR 1, 2, 3 or true forces it, even into a pipe or with NO_COLOR; 0 or false turns it off', () => {
    for (const v of ['1', '2', '3', 'true']) {
      expect(useColor(pipe, { FORCE_COLOR: v }), v).toBe(true);
      expect(useColor(pipe, { FORCE_COLOR: v, NO_COLOR: '1' }), v).toBe(true);
    }
    for (const v of ['0', 'false']) expect(useColor(tty, { FORCE_COLOR: v }), v).toBe(false);
    // Empty or unknown: as if unset.
    expect(useColor(tty, { FORCE_COLOR: '' })).toBe(true);
    expect(useColor(pipe, { FORCE_COLOR: '' })).toBe(false);
    expect(useColor(pipe, { FORCE_COLOR: 'maybe' })).toBe(false);
  });

  it('the CLI: plain into a pipe, coloured with FORCE_COLOR=1, plain again with FORCE_COLOR=0', async () => {
    const root = demoProject(); // one warning: en.md never stamped
    const plain = await runCli(['check'], root, { NO_COLOR: '', FORCE_COLOR: '' });
    expect(plain.stdout).toContain('1 warning');
    expect(plain.stdout).not.toContain(ESC);
    const forced = await runCli(['check'], root, { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(forced.stdout).toContain(`${ESC}33mwarning`);
    expect(forced.stdout).toContain(`${ESC}33m0 errors, 1 warning${ESC}0m`);
    expect((await runCli(['check'], root, { FORCE_COLOR: '0' })).stdout).not.toContain(ESC);
    // JSON is never coloured.
    expect((await runCli(['check', '--json'], root, { FORCE_COLOR: '1' })).stdout).not.toContain(ESC);
  });
});
