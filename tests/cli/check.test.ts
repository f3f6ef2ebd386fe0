import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { demoProject, moduleEn } from '../helpers/fixture.js';

const noStack = (s: string): void => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('promokit check (CLI)', () => {
  it('exits 0 with only warnings, 1 with --strict', async () => {
    const root = demoProject();
    const ok = await runCli(['check'], root);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('0 errors, 1 warning');
    expect((await runCli(['check', '--strict'], root)).code).toBe(1);
  });

  it('exits 1 on errors and prints JSON on stdout with --format json', async () => {
    const root = demoProject({ 'manuals/demo/modules/01-estres/en.md': moduleEn().replace('## Activity {#activity}', '## Activity {#act}') });
    const r = await runCli(['check', '--format', 'json'], join(root, 'manuals'));
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { ok: boolean; diagnostics: { rule: string }[] };
    expect(json.ok).toBe(false);
    expect(json.diagnostics.map((d) => d.rule)).toContain('required-section');
  });

  it('usage errors exit 2 without a stack trace', async () => {
    const root = demoProject();
    for (const args of [['check', '--bogus'], ['check', 'manuals/nope'], ['check', '--format', 'xml'], ['frobnicate']]) {
      const r = await runCli(args, root);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
      noStack(r.stderr);
    }
    const empty = mkdtempSync(join(tmpdir(), 'promokit-empty-'));
    const r = await runCli(['check'], empty);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no manuals\/ folder found/);
  });

  it('a broken manual.yaml is a finding (exit 1), not a crash', async () => {
    const root = demoProject({ 'manuals/demo/manual.yaml': ': : :\n  - [' });
    const r = await runCli(['check'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('manuals/demo/manual.yaml');
    noStack(r.stderr + r.stdout);
  });

  it('--help shows examples', async () => {
    const r = await runCli(['check', '--help'], demoProject());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--format github');
  });
});
