// Tables as people write them: eight columns of long words and numbers in the
// two-column (parallel) layout, and eighty rows. No cell's text may run into
// the next cell or past its column; a long table breaks across pages with its
// header row repeated, clear of the page number.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildManuals } from '../../src/editions/build.js';
import { demoManual, load, moduleMd, writeProject } from './fixture.js';
import { readPages, type PageText } from './pdf-read.js';

const HEADER = ['Departamento', 'Trabajadores', 'Temporada', 'Hospitalizaciones', 'Deshidratación', 'Capacitaciones', 'Presupuesto', 'Observaciones'];

function wideTable(): string {
  const rows = [0, 1, 2, 3].map((i) => [
    `Región${i} Noroccidental`,
    `${123_456 + i * 1111}`.replace(/\B(?=(\d{3})+$)/g, ','),
    'Primavera–verano',
    `9,876,54${i}`,
    `4321.7${i}`,
    'Interinstitucionales',
    `$1,234,567,89${i}`,
    'Acompañamiento comunitario permanente',
  ]);
  return [`| ${HEADER.join(' | ')} |`, `|${'---|'.repeat(8)}`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function longTable(): string {
  const rows = Array.from({ length: 80 }, (_, i) => `| ${i + 1} | Fila número ${i + 1} de la tabla larga | ${(i + 1) * 37} |`);
  return ['| NUMEROFILA | Nombre de la fila | Valor |', '|---|---|---|', ...rows].join('\n');
}

async function build(extra: string): Promise<{ single: PageText[]; parallel: PageText[]; warnings: Record<string, string[]> }> {
  const files = demoManual('demo', 1);
  for (const lang of ['es', 'en'] as const) files[`manuals/demo/modules/01-tema-1/${lang}.md`] = moduleMd(lang, 1, `\n${extra}\n`);
  const root = writeProject(files);
  const r = await buildManuals(load(root), { out: join(root, 'out') });
  expect(r.failures.map((f) => f.format())).toEqual([]);
  const read = async (name: string): Promise<PageText[]> => readPages(new Uint8Array(readFileSync(join(root, 'out', 'demo', name))));
  const warnings = Object.fromEntries(r.outputs.map((o) => [o.path.split('/').pop()!, o.warnings.map((w) => `${w.rule}: ${w.message}`)]));
  return { single: await read('demo.es.pdf'), parallel: await read('demo.es-en.pdf'), warnings };
}

/** The page's text runs end to end, without hyphens: words broken over lines or into runs read whole. */
function joined(page: PageText): string {
  return page.items.map((it) => it.str).join('').replace(/[-\u00ad]/g, '');
}

/** Text runs on one baseline (a table row's first lines), left to right. */
function lines(page: PageText): PageText['items'][] {
  const rows = new Map<number, PageText['items']>();
  for (const it of page.items) {
    if (!it.str.trim()) continue;
    const key = Math.round(it.y);
    rows.set(key, [...(rows.get(key) ?? []), it]);
  }
  return [...rows.values()].map((r) => r.sort((a, b) => a.x - b.x));
}

/** Pairs of neighbouring runs on a baseline where the first ends past the start of the second. */
function overlaps(page: PageText, from: number, to: number): string[] {
  const out: string[] = [];
  for (const row of lines(page)) {
    const inside = row.filter((it) => it.x >= from && it.x < to);
    for (let i = 0; i + 1 < inside.length; i++) {
      const a = inside[i]!;
      const b = inside[i + 1]!;
      if (a.x + a.width > b.x + 0.2) out.push(`"${a.str}" runs into "${b.str}"`);
    }
  }
  return out;
}

describe('a wide table', () => {
  let pages: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    pages = await build(wideTable());
  }, 120_000);

  it('fits its column in the single-language edition: no text runs into the next cell', () => {
    const page = pages.single.find((p) => joined(p).includes('Interinstitucionales'))!;
    expect(page).toBeDefined();
    for (const h of HEADER) expect(joined(page)).toContain(h);
    expect(overlaps(page, 0, page.width)).toEqual([]);
    const ends = page.items.filter((it) => it.str.trim()).map((it) => it.x + it.width);
    expect(Math.max(...ends)).toBeLessThan(page.width - 40);
    // Numbers are never broken.
    for (const n of ['123,456', '9,876,540', '$1,234,567,890']) expect(page.items.some((it) => it.str === n)).toBe(true);
  });

  it('fits each column of the parallel edition, smaller but readable, numbers whole', () => {
    const page = pages.parallel.find((p) => joined(p).includes('Presupuesto'))!;
    expect(page).toBeDefined();
    const mid = page.width / 2;
    expect(overlaps(page, 0, mid)).toEqual([]);
    expect(overlaps(page, mid, page.width)).toEqual([]);
    const table = page.items.filter((it) => /\$1,234,567,89\d/.test(it.str));
    expect(table.length).toBe(8);
    // Each column's table stays on its side of the rule between the languages.
    for (const it of table) {
      if (it.x < mid) expect(it.x + it.width).toBeLessThan(mid);
      else expect(it.x + it.width).toBeLessThan(page.width - 30);
    }
    // Columns of 12pt text leave eight columns no readable size: scaled
    // down whole (about 6.5pt), and the build says so, suggesting sequential.
    for (const it of table) expect(it.size).toBeGreaterThanOrEqual(6.4);
    expect(pages.warnings['demo.es-en.pdf']).toEqual([expect.stringMatching(/^parallel-too-narrow: .*a table in "Módulo número 1: el estrés \/ Module number 1: stress".*--layout sequential/)]);
    expect(pages.warnings['demo.es.pdf']).toEqual([]);
    // Every header word is there, once a language (whole or hyphenated, never cut off).
    const run = joined(page);
    for (const h of HEADER) expect(run.split(h).length - 1).toBe(2);
  });
});

describe('a long table', () => {
  let pages: { single: PageText[]; parallel: PageText[] };
  beforeAll(async () => {
    pages = await build(longTable());
  }, 120_000);

  for (const edition of ['single', 'parallel'] as const) {
    it(`breaks across pages in the ${edition} edition, repeating its header, clear of the page number`, () => {
      const with80 = pages[edition].findIndex((p) => p.text.includes('Fila número 80 de'));
      const with1 = pages[edition].findIndex((p) => p.text.includes('Fila número 1 de'));
      expect(with80).toBeGreaterThan(with1);
      const spanned = pages[edition].slice(with1, with80 + 1);
      expect(spanned.length).toBeGreaterThanOrEqual(3);
      for (const p of spanned) {
        expect(p.items.filter((it) => it.str === 'NUMEROFILA').length).toBe(edition === 'single' ? 1 : 2);
        // The page number is the lowest text; the table ends well above it.
        const ys = p.items.filter((it) => it.str.trim()).map((it) => it.y).sort((a, b) => a - b);
        expect(ys[1]! - ys[0]!).toBeGreaterThan(20);
        expect(ys[0]!).toBeGreaterThan(10);
      }
      for (let n = 1; n <= 80; n++) expect(pages[edition].some((p) => p.text.includes(`Fila número ${n} de`))).toBe(true);
    });
  }
});
