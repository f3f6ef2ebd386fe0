// The large-print edition, read back from its PDF: 18pt body (≥ 16pt),
// baselines at least 1.5 × the size apart, one column, ragged right, never
// hyphenated, headings proportionally larger, pictures as wide as the text;
// made by `editions: [large-print]` in manual.yaml or the `editions` option.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManuals } from '../../src/editions/build.js';
import { EDITION_LIST } from '../../src/editions/layouts/index.js';
import { EDITION_NAMES } from '../../src/model/schema.js';
import { demoManual, load, manualYaml, writeProject } from './fixture.js';
import { readPages, textRunFonts } from './pdf-read.js';

const LONG = 'Las promotoras acompañan a las familias migrantes cuando buscan atención médica, escuchan lo que necesitan y les ayudan a encontrar los servicios que les corresponden en la clínica comunitaria.';

function project(extraYaml: string): string {
  const files = demoManual('grande', 1, { extra: { 1: { es: `\n## Lectura {#reading}\n\nLARGO ${LONG} ${LONG}\n\nOTRO ${LONG}\n` } } });
  files['manuals/grande/manual.yaml'] = manualYaml('grande') + extraYaml;
  return writeProject(files);
}

const mode = (xs: number[]): number => {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
};

describe('the large-print edition', () => {
  it('is made for each language from editions: [large-print], with an 18pt body', async () => {
    const root = project('editions: [large-print]\n');
    const result = await buildManuals(load(root), { out: join(root, 'out'), layout: 'single', sourceDateEpoch: '1700000000' });
    expect(result.failures.map((f) => f.format())).toEqual([]);
    const names = result.outputs.map((o) => o.path.split('/').pop());
    expect(names).toEqual(['grande.es.pdf', 'grande.en.pdf', 'grande.es.large-print.pdf', 'grande.en.large-print.pdf']);
    expect(result.outputs.find((o) => o.path.endsWith('es.large-print.pdf'))?.layout).toBe('large-print');

    const large = new Uint8Array(readFileSync(join(root, 'out/grande/grande.es.large-print.pdf')));
    const regular = new Uint8Array(readFileSync(join(root, 'out/grande/grande.es.pdf')));
    const pages = await readPages(large);
    const items = pages.flatMap((p, i) => p.items.filter((it) => it.str.trim() !== '').map((it) => ({ ...it, page: i })));
    // Body size: the most common size of the module's text.
    const body = mode(items.map((it) => Math.round(it.size * 10) / 10));
    expect(body).toBeGreaterThanOrEqual(16);
    expect(body).toBeLessThanOrEqual(18);
    // No text at all under 16pt (running heads, page numbers, captions, the cover's small print),
    // tables aside (they may shrink to fit their column).
    const small = (await textRunFonts(large)).filter((r) => r.size < 15.9);
    expect(small.map((r) => `${r.str} ${r.size.toFixed(1)}`)).toEqual([]);

    // The long paragraph: lines 1.5 × the size apart or more, all starting at
    // the same left edge (one column, ragged right), no line ending in a hyphen.
    const page = pages.findIndex((p) => p.text.includes('OTRO'));
    const lines = [...new Map(items.filter((it) => it.page === page && Math.abs(it.size - body) < 0.1).map((it) => [Math.round(it.y), it])).values()].sort((a, b) => b.y - a.y);
    const start = lines.findIndex((l) => l.str.startsWith('OTRO'));
    const para = lines.slice(start, start + 4);
    expect(para.length).toBe(4);
    for (let i = 1; i < para.length; i++) expect(para[i - 1]!.y - para[i]!.y).toBeGreaterThanOrEqual(1.5 * body - 0.01);
    const lefts = new Set(para.map((l) => Math.round(l.x)));
    expect(lefts.size).toBe(1);
    const lineTexts = [...new Set(items.filter((it) => it.page === page).map((it) => Math.round(it.y)))].map((y) =>
      items.filter((it) => it.page === page && Math.round(it.y) === y).map((it) => it.str).join(''),
    );
    expect(lineTexts.filter((t) => /\p{L}-$/u.test(t.trim()))).toEqual([]);

    // Headings half as large again as in the regular edition.
    const sizeOf = async (pdf: Uint8Array, s: string) => (await textRunFonts(pdf)).find((r) => r.str.includes(s))!.size;
    const ratio = (await sizeOf(large, 'el estrés?')) / (await sizeOf(regular, 'el estrés?'));
    expect(ratio).toBeCloseTo(1.5, 2);
  });

  it('is made by the editions option (build --large-print) for a manual that does not ask for it', async () => {
    const root = project('');
    const result = await buildManuals(load(root), { out: join(root, 'out'), layout: 'single', langs: ['en'], editions: ['large-print'], sourceDateEpoch: '1700000000' });
    expect(result.failures).toEqual([]);
    expect(result.outputs.map((o) => o.path.split('/').pop())).toEqual(['grande.en.pdf', 'grande.en.large-print.pdf']);
    const sizes = async (file: string) => (await textRunFonts(new Uint8Array(readFileSync(join(root, 'out/grande', file))))).map((r) => Math.round(r.size));
    expect(mode(await sizes('grande.en.large-print.pdf'))).toBe(18);
    expect(mode(await sizes('grande.en.pdf'))).toBe(12);
  });

  it('names the same editions in manual.yaml as the build makes', () => {
    expect([...EDITION_NAMES]).toEqual(EDITION_LIST.map((e) => e.id));
  });
});
