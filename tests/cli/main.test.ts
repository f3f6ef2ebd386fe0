// The entry point loads only the command it is asked for (src/cli/main.ts):
// what the user sees must not depend on which commands were loaded.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ALL = ['check', 'build', 'stamp', 'ids', 'init', 'new', 'watch', 'slides', 'packet', 'report', 'handout', 'config', 'signin', 'scores', 'roster', 'merge-reports'];

describe('promokit with one command loaded', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'promokit-main-'));

  it('--help lists every command, in order', async () => {
    const r = await runCli(['--help'], cwd);
    expect(r.code).toBe(0);
    const commands = r.stdout.slice(r.stdout.indexOf('Commands:'));
    const listed = [...commands.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]).filter((n) => n !== 'help');
    expect(listed).toEqual(ALL);
  }, 60_000);

  it('a command\'s own help and a misspelled command still work', async () => {
    const [help, typo, sub] = await Promise.all([runCli(['build', '--help'], cwd), runCli(['bulid'], cwd), runCli(['new', '--help'], cwd)]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: promokit build');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean build?');
    expect(sub.code).toBe(0);
    expect(sub.stdout).toMatch(/^ {2}module\b/m);
  }, 60_000);
});
