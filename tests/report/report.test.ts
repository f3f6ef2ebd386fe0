import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stampTranslation } from '../../src/edit/stamp.js';
import { loadProject } from '../../src/model/load-project.js';
import { computeReport } from '../../src/report/compute.js';
import { runCli } from '../helpers/cli.js';
import { demoProject, MANUAL_YAML, moduleEn, moduleEs } from '../helpers/fixture.js';

const ES = 'manuals/demo/modules/01-estres/es.md';
const TARGETS = 'readability:\n  es: { fernandez_huerta_min: 65 }\n  en: { fk_grade_max: 8 }\n';

async function stampedProject(files: Parameters<typeof demoProject>[0] = {}): Promise<string> {
  const root = demoProject({ 'manuals/demo/manual.yaml': MANUAL_YAML + TARGETS, ...files });
  await stampTranslation(root, { manualDir: join(root, 'manuals/demo'), moduleId: '01-estres' }, 'en', '2026-11-01');
  return root;
}

function manualOf(root: string) {
  return loadProject(root, [], root).project.manuals[0]!;
}

/** Cells of the rows of the HTML table's body: [row header, …td]. */
function tableRows(html: string): string[][] {
  const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1]!;
  return [...tbody.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1]!.replace(/<span class="sr">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim()),
  );
}

function headerCells(html: string): string[] {
  const thead = /<thead>([\s\S]*?)<\/thead>/.exec(html)![1]!;
  const rows = [...thead.matchAll(/<tr>([\s\S]*?)<\/tr>/g)];
  return [...rows[1]![1]!.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((c) => c[1]!);
}

describe('computeReport', () => {
  it('gives words, scores, ratio, staleness and review dates per module and language', async () => {
    const root = await stampedProject();
    const r = computeReport(manualOf(root));
    expect(r).toMatchObject({ id: 'demo', languages: ['es', 'en'], sourceLang: 'es' });
    const m = r.modules[0]!;
    expect(m.id).toBe('01-estres');
    expect(m.title).toBe('El estrés');
    const es = m.langs.es!;
    const en = m.langs.en!;
    expect(es.scores.map((s) => s.scale)).toEqual(['fernandez_huerta', 'szigriszt']);
    expect(en.scores.map((s) => s.scale)).toEqual(['fk_grade', 'smog']);
    expect(es.scores[0]).toMatchObject({ target: 65, meetsTarget: true });
    expect(en.lengthRatio).toBeCloseTo(en.words / es.words, 10);
    expect(en).toMatchObject({ stamped: true, staleSections: [], reviewed: '2026-10-01' });
    expect(es.lengthRatio).toBeUndefined();
  });

  it('counts stale sections like translation-stale, and "never stamped"', async () => {
    const root = await stampedProject();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(root, ES), moduleEs().replace('El estrés es una reacción del cuerpo.', 'El estrés es una reacción.').replace('1. Formen grupos.', '1. Formen dos grupos.'));
    expect(computeReport(manualOf(root)).modules[0]!.langs.en!.staleSections).toEqual(['what-is-it', 'activity']);
    const fresh = demoProject();
    expect(computeReport(manualOf(fresh)).modules[0]!.langs.en).toMatchObject({ stamped: false, staleSections: [] });
  });
});

describe('promokit report (CLI)', () => {
  it('prints a table, writes a self-contained out/<id>/report.html and --json', async () => {
    const root = await stampedProject({
      'manuals/demo/modules/02-otro/es.md': moduleEs().replace('title: El estrés', 'title: "Tabla <b>&</b> \\"más\\""'),
      'manuals/demo/modules/02-otro/en.md': moduleEn(),
      'manuals/demo/modules/02-otro/img/persona.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    const run = await runCli(['report'], root);
    expect(run.stderr).toContain(`wrote ${join('out', 'demo', 'report.html')}`);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('demo: Manual de prueba');
    expect(lines.find((l) => l.startsWith('module'))!.split(/\s+/)).toEqual(['module', 'words', 'FH', 'SzP', 'reviewed', 'words', 'FK', 'SMOG', 'ratio', 'stale', 'reviewed']);
    const row = lines.find((l) => l.startsWith('01-estres'))!.split(/\s+/);
    expect(row[4]).toBe('2026-10-01');
    expect(row[9]).toBe('0');
    expect(lines.find((l) => l.startsWith('02-otro'))!.split(/\s+/)[9]).toBe('never');
    expect(lines.find((l) => l.startsWith('target'))!.split(/\s+/)).toEqual(['target', '≥65', '≤8']);

    const htmlPath = join(root, 'out', 'demo', 'report.html');
    const html = readFileSync(htmlPath, 'utf8');
    expect(readdirSync(join(root, 'out', 'demo'))).toEqual(['report.html']); // no temp file left
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src=|href=|url\(/i); // self-contained
    expect(html).toContain('<svg');
    expect(headerCells(html).map((h) => h)).toEqual(['words', 'FH', 'SzP', 'reviewed', 'words', 'FK', 'SMOG', 'ratio', 'stale', 'reviewed']);
    const rows = tableRows(html);
    const json = JSON.parse((await runCli(['report', 'demo', '--json'], root)).stdout) as { manuals: { modules: { id: string; langs: Record<string, { words: number; scores: { value: number }[]; lengthRatio?: number }> }[]; html: string }[] };
    const m1 = json.manuals[0]!.modules[0]!;
    expect(rows[0]).toEqual([
      '01-estres El estrés',
      String(m1.langs.es!.words),
      m1.langs.es!.scores[0]!.value.toFixed(1),
      m1.langs.es!.scores[1]!.value.toFixed(1),
      '2026-10-01',
      String(m1.langs.en!.words),
      m1.langs.en!.scores[0]!.value.toFixed(1),
      m1.langs.en!.scores[1]!.value.toFixed(1),
      m1.langs.en!.lengthRatio!.toFixed(2),
      '0',
      '2026-10-01',
    ]);
    expect(rows[1]![0]).toBe('02-otro Tabla <b>&</b> "más"');
    expect(rows[1]![9]).toBe('never');
    expect(html).toContain('Tabla &lt;b&gt;&amp;&lt;/b&gt; &quot;más&quot;'); // escaped, not markup
    expect(json.manuals[0]!.html).toBe(join('out', 'demo', 'report.html'));
  });

  it('marks a score harder than the target, in text and HTML', async () => {
    const hard = '\n## Contexto {#context}\n\n' + 'La implementación de estrategias comunitarias interdisciplinarias requiere la participación coordinada de instituciones gubernamentales y organizaciones especializadas. '.repeat(4) + '\n';
    const root = demoProject({ 'manuals/demo/manual.yaml': MANUAL_YAML + TARGETS, [ES]: moduleEs(hard) });
    const run = await runCli(['report', '--out', 'elsewhere'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/01-estres\s+\d+\s+-?\d+\.\d\*/);
    expect(run.stdout).toContain('* harder to read than the target of manual.yaml');
    const html = readFileSync(join(root, 'elsewhere', 'demo', 'report.html'), 'utf8');
    expect(html).toMatch(/<td class="num hard" title="Fernández-Huerta -?\d+\.\d: harder than the target ≥ 65">/);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('unknown manual ids and options are usage errors (exit 2)', async () => {
    const root = demoProject();
    const r = await runCli(['report', 'nope'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no manual "nope" in manuals/ (manuals: demo)');
    expect((await runCli(['report', '--bogus'], root)).code).toBe(2);
  });
});
