// report's glyph and plain-language findings per module, and readability over
// time from git (--history), in the HTML page and the JSON.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/model/load-project.js';
import { runReport } from '../../src/report/run-report.js';
import { runCli } from '../helpers/cli.js';
import { demoProject, moduleEn, moduleEs } from '../helpers/fixture.js';

const ES = 'manuals/demo/modules/01-estres/es.md';
const EN = 'manuals/demo/modules/01-estres/en.md';
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

// A 50-word sentence, and a character no bundled font has (U+A7DA).
const LONG_ES = `La implementación de las estrategias comunitarias de promoción de la salud mental que se
describen en el presente documento requiere la participación coordinada de las instituciones gubernamentales, las
organizaciones no gubernamentales, los representantes de la comunidad y las familias migrantes que residen en la región durante la temporada agrícola anual.`;
const es = moduleEs(`\n## Contexto {#context}\n\n${LONG_ES}\n\nUna letra rara: \u{A7DA}.\n`);
const en = moduleEn('\n## Context {#context}\n\nThe form was completed by the promotora.\n');

/** Cells of the rows of a table's body, tags removed. */
function rowsOf(html: string, id: string): string[][] {
  const table = new RegExp(`<table id="${id}">([\\s\\S]*?)</table>`).exec(html)![1]!;
  const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)![1]!;
  return [...tbody.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '').trim()));
}
function headOf(html: string, id: string): string[] {
  const table = new RegExp(`<table id="${id}">([\\s\\S]*?)</table>`).exec(html)![1]!;
  return [.../<thead>([\s\S]*?)<\/thead>/.exec(table)![1]!.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((c) => c[1]!);
}

function git(root: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

describe('report: glyph and plain-language findings', () => {
  it('counts them per module and rule in the HTML, with their lines in a list that opens', async () => {
    const root = demoProject({ [ES]: es, [EN]: en });
    const result = await runReport(loadProject(root, [], root), { manualIds: [], outDir: join(root, 'out') });
    const html = readFileSync(result.reports[0]!.htmlPath, 'utf8');
    const head = headOf(html, 'plain');
    expect(head).toEqual(['Module', 'glyph-missing', 'sentence-long', 'word-long', 'word-plain', 'readability', 'passive-voice', 'total']);
    const [row] = rowsOf(html, 'plain');
    const count = (rule: string): string => row![head.indexOf(rule)]!;
    expect(row![0]).toMatch(/^01-estres/);
    expect([count('glyph-missing'), count('sentence-long'), count('passive-voice'), count('word-long')]).toEqual(['1', '1', '1', '0']);
    const details = /<details><summary><span class="id">01-estres<\/span>: (\d+) findings<\/summary>([\s\S]*?)<\/details>/.exec(html)!;
    expect(details[1]).toBe(count('total'));
    expect(details[2]).toContain(`${ES}:${lineOf(es, 'La implementación')}</code> <span class="rule">sentence-long</span>`);
    expect(details[2]).toContain(`${ES}:${lineOf(es, 'letra rara')}</code> <span class="rule">glyph-missing</span>`);
    expect(details[2]).toContain('U+A7DA');
    expect(details[2]).toContain(`${EN}:${lineOf(en, 'was completed')}</code> <span class="rule">passive-voice</span> passive voice &quot;was completed&quot;`);
    expect(result.reports[0]!.text).toMatch(/01-estres: glyph-missing 1, sentence-long 1, passive-voice 1/);
    // No --history: no charts, no warning.
    expect(html).not.toContain('Readability over time');
  });

  it('gives the same counts and findings in the JSON', async () => {
    const root = demoProject({ [ES]: es, [EN]: en });
    const run = await runCli(['report', '--json'], root);
    expect(run.code).toBe(0);
    const m = JSON.parse(run.stdout).manuals[0];
    expect(m.plain.modules[0]).toMatchObject({ module: '01-estres', counts: { 'glyph-missing': 1, 'sentence-long': 1, 'passive-voice': 1 } });
    expect(m.plain.modules[0].findings).toContainEqual(expect.objectContaining({ rule: 'sentence-long', file: ES, line: lineOf(es, 'La implementación'), module: '01-estres', lang: 'es' }));
    expect(m.history).toBeNull();
  });
});

describe('report --history', () => {
  it('scores each module at each of its commits: 3 commits, 3 points', async () => {
    const root = demoProject();
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'one');
    writeFileSync(join(root, ES), moduleEs(`\n## Contexto {#context}\n\n${LONG_ES}\n`));
    git(root, 'commit', '-q', '-am', 'two');
    writeFileSync(join(root, ES), moduleEs('\n## Contexto {#context}\n\nUna frase corta. Otra frase corta.\n'));
    git(root, 'commit', '-q', '-am', 'three');
    const run = await runCli(['report', '--json', '--history'], root);
    expect(run.stderr).not.toContain('warning');
    const m = JSON.parse(run.stdout).manuals[0];
    expect(m.history.commits).toBe(10);
    const series = m.history.modules[0].series as { lang: string; scale: string; points: { value: number; date: string; commit: string }[] }[];
    expect(series.map((s) => [s.lang, s.scale, s.points.length])).toEqual([['es', 'fernandez_huerta', 3], ['en', 'fk_grade', 3]]);
    const fh = series[0]!.points.map((p) => p.value);
    // The long sentence of the second commit makes it harder (lower FH) than the first and the third.
    expect(fh[1]).toBeLessThan(fh[0]!);
    expect(fh[1]).toBeLessThan(fh[2]!);
    const html = readFileSync(join(root, m.html), 'utf8');
    const chart = /<svg[^>]*aria-labelledby="history-01-estres-es-t[\s\S]*?<\/svg>/.exec(html)![0];
    expect(chart.match(/<circle /g)).toHaveLength(3);
    // At most N commits.
    const two = JSON.parse((await runCli(['report', '--json', '--history', '2'], root)).stdout).manuals[0];
    expect(two.history.modules[0].series[0].points.map((p: { value: number }) => p.value)).toEqual(fh.slice(1));
  });

  it('outside a git repository, or without git, warns and still writes the report', async () => {
    const root = demoProject();
    const run = await runCli(['report', '--history', '5'], root, { GIT_CEILING_DIRECTORIES: dirname(root) });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/promokit: warning: --history: .* is not in a git repository .*; the report was written without readability over time/);
    const html = readFileSync(join(root, 'out/demo/report.html'), 'utf8');
    expect(html).toContain('is not in a git repository');
    expect(html).toContain('<table id="plain">');
    const json = JSON.parse((await runCli(['report', '--json', '--history'], root, { PATH: '/nonexistent' })).stdout);
    expect(json.ok).toBe(true);
    expect(json.findings).toEqual([expect.objectContaining({ rule: 'report', severity: 'warning', message: expect.stringContaining('git is not installed') })]);
    expect(json.manuals[0].history).toBeNull();
  });

  it('refuses a count that is not a whole number', async () => {
    const r = await runCli(['report', '--history', 'x'], demoProject());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--history takes a number of commits from 1 to 200, not "x"');
  });
});

describe('parseCatFileBatch', () => {
  it('reads blobs by their size in bytes, and a missing one as undefined', async () => {
    const { parseCatFileBatch } = await import('../../src/report/git.js');
    const a = 'Señal: ꞌ ɨ a̱\n';
    const out = Buffer.concat([
      Buffer.from(`${'a'.repeat(40)} blob ${Buffer.byteLength(a)}\n`),
      Buffer.from(a),
      Buffer.from('\nabc:manuals/x/en.md missing\n'),
      Buffer.from(`${'b'.repeat(40)} blob 2\nok\n`),
    ]);
    expect(parseCatFileBatch(out, 4)).toEqual([a, undefined, 'ok', undefined]);
  });
});
