// --shard k/n and merge-reports: two shards of a build into two folders make,
// together, exactly the PDFs of one unsharded build, byte for byte; their
// merged summary is the unsharded one's; a bad spec is a usage error; a
// missing, duplicated or mismatched shard is an error of merge-reports.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.js';
import { demoProject, MANUAL_YAML, moduleEn, moduleEs, SVG } from '../helpers/fixture.js';

const env = { SOURCE_DATE_EPOCH: '1700000000' };

/** Every PDF under `dir` (not the cache), by path relative to it, with its sha256. */
function pdfs(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (name === '.cache') continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.pdf')) found.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return found;
}

interface Summary {
  version: number;
  ok: boolean;
  outputs: { path: string; manual: string }[];
  stats: { converted: number; compiled: number };
  shard: { index?: number; total: number; unit: string; assigned: number; units: number; plan: string; merged?: number[] };
  findings: { rule: string; severity: string; message: string }[];
}

describe('build --shard k/n and merge-reports', () => {
  let root: string;
  let one: CliRun;
  let two: CliRun;
  let whole: CliRun;
  // Three builds of a tiny project: minutes on a busy machine, so a timeout of their own.
  beforeAll(async () => {
    root = demoProject({
      'manuals/otro/manual.yaml': MANUAL_YAML.replace('id: demo', 'id: otro'),
      'manuals/otro/modules/01-sueno/es.md': moduleEs().replace('El estrés', 'El sueño'),
      'manuals/otro/modules/01-sueno/en.md': moduleEn().replace('Stress', 'Sleep'),
      'manuals/otro/modules/01-sueno/img/persona.svg': SVG,
    });
    one = await runCli(['build', '--shard', '1/2', '--out', 'shard-1', '--json'], root, env);
    two = await runCli(['build', '--shard', '2/2', '--out', 'shard-2', '--json'], root, env);
    whole = await runCli(['build', '--out', 'whole', '--json'], root, env);
    writeFileSync(join(root, 'shard-1.json'), one.stdout);
    writeFileSync(join(root, 'shard-2.json'), two.stdout);
  }, 900_000);

  it('two shards make the PDFs of one build, byte-identical', () => {
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(whole.code, whole.stderr).toBe(0);
    const s1 = JSON.parse(one.stdout) as Summary;
    const s2 = JSON.parse(two.stdout) as Summary;
    expect(s1.shard).toMatchObject({ index: 1, total: 2, unit: 'output', units: 6, assigned: 3 });
    expect(s2.shard).toMatchObject({ index: 2, total: 2, unit: 'output', units: 6, assigned: 3 });
    expect(s1.shard.plan).toBe(s2.shard.plan);
    expect((JSON.parse(whole.stdout) as Record<string, unknown>).shard).toBeUndefined();

    const a = pdfs(join(root, 'shard-1'));
    const b = pdfs(join(root, 'shard-2'));
    const all = pdfs(join(root, 'whole'));
    expect(all.size).toBe(6);
    // Each output made by exactly one shard, and the same bytes as the unsharded build's.
    expect([...a.keys()].filter((k) => b.has(k))).toEqual([]);
    expect(new Map([...a, ...b])).toEqual(all);
  });

  it("merge into the unsharded build's summary, as JSON or through the reporters", async () => {
    const merged = await runCli(['merge-reports', 'shard-2.json', 'shard-1.json'], root);
    expect(merged.code, merged.stderr).toBe(0);
    const m = JSON.parse(merged.stdout) as Summary;
    const w = JSON.parse(whole.stdout) as Summary;
    expect(m.version).toBe(1);
    expect(m.ok).toBe(true);
    const norm = (p: string): string => p.replace(/^(shard-\d|whole)\//, '');
    expect(m.outputs.map((o) => norm(o.path)).sort()).toEqual(w.outputs.map((o) => norm(o.path)).sort());
    expect(m.stats.compiled).toBe(w.stats.compiled);
    expect(m.shard).toMatchObject({ total: 2, merged: [1, 2], assigned: 6, units: 6 });
    expect(m.findings).toEqual([]);

    const junit = await runCli(['merge-reports', 'shard-1.json', 'shard-2.json', '--format', 'junit'], root);
    expect(junit.code).toBe(0);
    expect(junit.stdout).toContain('<testsuites name="promokit build" tests="6" failures="0">');
    const text = await runCli(['merge-reports', 'shard-1.json', 'shard-2.json', '--format', 'text'], root);
    expect(text.stdout).toContain('build: 2 shards of 2 merged, 6 files, 0 errors');
  }, 600_000);

  it('say when a shard is missing, given twice or from another run, exit 1', async () => {
    const missing = await runCli(['merge-reports', 'shard-2.json'], root);
    expect(missing.code).toBe(1);
    const mm = JSON.parse(missing.stdout) as Summary;
    expect(mm.ok).toBe(false);
    expect(mm.findings).toContainEqual(expect.objectContaining({ rule: 'shard-missing', severity: 'error', message: expect.stringContaining('shard 1/2 is missing') }));
    const twice = await runCli(['merge-reports', 'shard-1.json', 'shard-1.json', 'shard-2.json', '--format', 'github'], root);
    expect(twice.code).toBe(1);
    expect(twice.stdout).toContain('::error file=shard-1.json,title=shard-duplicate::shard 1/2 is given more than once');
    // A shard of a run that listed other work (other sources or options): its plan differs.
    const other = JSON.parse(one.stdout) as Summary;
    other.shard.plan = '0000000000000000';
    writeFileSync(join(root, 'shard-other.json'), JSON.stringify(other));
    const mixed = await runCli(['merge-reports', 'shard-other.json', 'shard-2.json'], root);
    expect(mixed.code).toBe(1);
    expect((JSON.parse(mixed.stdout) as Summary).findings).toContainEqual(expect.objectContaining({ rule: 'shard-mismatch' }));
  }, 600_000);

  it('merge-reports refuses a file that is not a shard summary, exit 2', async () => {
    writeFileSync(join(root, 'plain.json'), JSON.stringify({ version: 1, ok: true, outputs: [], findings: [] }));
    writeFileSync(join(root, 'v2.json'), JSON.stringify({ version: 2, ok: true }));
    writeFileSync(join(root, 'text.txt'), 'built  out/demo/demo.es.pdf\n');
    for (const [file, says] of [
      ['plain.json', 'no "shard" in this summary'],
      ['v2.json', 'summary version 2: this promokit reads version 1'],
      ['text.txt', 'not JSON'],
      ['gone.json', 'no such file'],
    ] as const) {
      const r = await runCli(['merge-reports', file, '--format', 'text'], root);
      expect(r.code, file).toBe(2);
      expect(r.stderr).toContain(`${file}: ${says}`);
    }
  }, 600_000);
});

describe('a bad --shard', () => {
  it('is a usage error naming the flag, exit 2, on every command that takes it', async () => {
    const root = demoProject();
    for (const [spec, says] of [
      ['0/2', 'k must be from 1 to 2'],
      ['3/2', 'k must be from 1 to 2'],
      ['1/0', 'n must be 1 or more'],
      ['a/b', 'must be k/n with whole numbers'],
      ['1.5/2', 'must be k/n with whole numbers'],
      ['-1/2', 'must be k/n with whole numbers'],
      ['2', 'must be k/n with whole numbers'],
    ] as const) {
      const r = await runCli(['build', '--shard', spec], root);
      expect(r.code, spec).toBe(2);
      expect(r.stderr, spec).toContain(says);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    for (const cmd of [['check'], ['slides'], ['packet', 'manuals/demo']]) {
      const r = await runCli([...cmd, '--shard', '2/1'], root);
      expect(r.code, cmd[0]).toBe(2);
      expect(r.stderr).toContain('--shard 2/1: k must be from 1 to 1');
    }
  }, 600_000);
});

describe('check --shard k/n', () => {
  it('each shard reports its manuals and modules; merged, they are the unsharded check', async () => {
    const root = demoProject({
      'manuals/demo/modules/02-sueno/es.md': moduleEs().replace('## Actividad {#activity}', '## Actividad'),
      'manuals/demo/modules/02-sueno/en.md': moduleEn(),
      'manuals/demo/modules/02-sueno/img/persona.svg': SVG,
      'manuals/otro/manual.yaml': MANUAL_YAML.replace('id: demo', 'id: otro').replace('languages: [es, en]', 'languages: [es, en]\nbogus: 1'),
    });
    const whole = await runCli(['check', '--json', '--today', '2026-11-01'], root);
    const w = JSON.parse(whole.stdout) as { ok: boolean; summary: Record<string, number>; diagnostics: unknown[] };
    expect(w.diagnostics.length).toBeGreaterThan(1);
    const files: string[] = [];
    for (const k of [1, 2, 3]) {
      const r = await runCli(['check', '--json', '--today', '2026-11-01', '--shard', `${k}/3`], root);
      expect(JSON.parse(r.stdout).shard).toMatchObject({ index: k, total: 3, unit: 'manual or module' });
      writeFileSync(join(root, `check-${k}.json`), r.stdout);
      files.push(`check-${k}.json`);
    }
    const merged = await runCli(['merge-reports', ...files], root);
    const m = JSON.parse(merged.stdout) as typeof w;
    expect(merged.code).toBe(whole.code);
    expect(m.ok).toBe(w.ok);
    expect(m.diagnostics).toEqual(w.diagnostics);
    expect(m.summary).toEqual(w.summary);
  }, 600_000);
});
