import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildManuals, type BuildResult } from '../../src/editions/build.js';
import { demoManual, load, moduleMd, writeFiles, writeProject } from './fixture.js';
import { flatTitles, fonts, info, outline, readPages } from './pdf-read.js';

const LETTER = { width: 612, height: 792 };

function pdf(root: string, name: string, out = 'out'): Uint8Array {
  return new Uint8Array(readFileSync(join(root, out, 'demo', name)));
}

describe('build, default (parallel) layout', () => {
  let root: string;
  let first: BuildResult;

  beforeAll(async () => {
    root = writeProject(demoManual('demo', 3));
    first = await buildManuals(load(root), { out: join(root, 'out') });
  }, 120_000);

  it('writes a PDF per language and the bilingual edition', () => {
    expect(first.failures.map((f) => f.format())).toEqual([]);
    expect(first.outputs.map((o) => o.path.slice(root.length))).toEqual([
      '/out/demo/demo.es.pdf',
      '/out/demo/demo.en.pdf',
      '/out/demo/demo.es-en.pdf',
    ]);
    for (const o of first.outputs) expect(o.pages).toBeGreaterThanOrEqual(8);
    // Each edition in pieces: its 3 modules and its glossary, then its cover and contents.
    expect(first.stats).toMatchObject({ converted: 6, compiled: 0, typeset: { modules: 12, cached: 0, fronts: 3 } });
  });

  it('sets letter pages, embeds every font, carries metadata', async () => {
    for (const name of ['demo.es.pdf', 'demo.es-en.pdf']) {
      const bytes = pdf(root, name);
      const pages = await readPages(bytes);
      for (const p of pages) expect({ width: Math.round(p.width), height: Math.round(p.height) }).toEqual(LETTER);
      const fs = await fonts(bytes);
      expect(fs.length).toBeGreaterThan(0);
      expect(fs.filter((f) => !f.embedded)).toEqual([]);
      expect(fs.some((f) => f.name.includes('AtkinsonHyperlegible'))).toBe(true);
    }
    const es = await info(pdf(root, 'demo.es.pdf'));
    expect(es).toMatchObject({ title: 'Salud y bienestar', subject: 'Manual para promotoras de salud', author: 'Red Comunitaria de Promotoras', lang: 'es' });
    // No SOURCE_DATE_EPOCH: the newest `reviewed` date (module 3: 2026-04-15).
    expect(es.created?.toISOString()).toBe('2026-04-15T00:00:00.000Z');
    const both = await info(pdf(root, 'demo.es-en.pdf'));
    expect(both.title).toBe('Salud y bienestar / Health and wellbeing');
  });

  it('has a cover, a table of contents and a glossary', async () => {
    const pages = await readPages(pdf(root, 'demo.es.pdf'));
    expect(pages[0]!.text).toContain('Salud y bienestar');
    expect(pages[0]!.text).toContain('Red Comunitaria de Promotoras');
    expect(pages[0]!.text).toContain('CC BY-SA 4.0');
    expect(pages[0]!.text).toContain('Clínica del Valle');
    expect(pages[1]!.text).toContain('Contenido');
    expect(pages[1]!.text).toContain('Módulo número 2: el estrés');
    const last = pages[pages.length - 1]!.text;
    expect(last).toContain('Glosario');
    // Sorted by the term in the language of the edition.
    expect(last.indexOf('duelo migratorio')).toBeLessThan(last.indexOf('Reacción del cuerpo'));
    expect(pages.some((p) => /\bDuración: 31 minutos\b/.test(p.text))).toBe(true);
  });

  it('puts the text of both languages on the same page in the parallel edition', async () => {
    const pages = await readPages(pdf(root, 'demo.es-en.pdf'));
    const both = pages.filter((p) => p.text.includes('ESPAÑOLTEXTO') && p.text.includes('ENGLISHTEXT'));
    expect(both.length).toBe(3);
    // Spanish on the left, English on the right.
    const p = both[0]!;
    const es = p.items.find((i) => i.str.includes('ESPAÑOLTEXTO'))!;
    const en = p.items.find((i) => i.str.includes('ENGLISHTEXT'))!;
    expect(es.x).toBeLessThan(p.width / 2);
    expect(en.x).toBeGreaterThan(p.width / 2);
    expect(Math.abs(es.y - en.y)).toBeLessThan(2);
  });

  it('bookmarks every module and section; modules open on right-hand pages', async () => {
    const entries = await outline(pdf(root, 'demo.es.pdf'));
    const titles = flatTitles(entries);
    expect(titles).toEqual(expect.arrayContaining(['Módulo número 1: el estrés', 'Objetivos', '¿Qué es el estrés?', 'Glosario']));
    const modules = entries.filter((e) => e.title.startsWith('Módulo'));
    expect(modules).toHaveLength(3);
    for (const m of modules) {
      expect(m.pageIndex % 2).toBe(0); // page index 0-based: even = odd page number = right-hand
      expect(m.children?.map((c) => c.title)).toContain('Actividad');
    }
    const par = flatTitles(await outline(pdf(root, 'demo.es-en.pdf')));
    expect(par).toContain('Módulo número 1: el estrés / Module number 1: stress');
    expect(par).toContain('Objetivos / Objectives');
  });

  it('does nothing the second time, and rebuilds byte-identical PDFs', async () => {
    const again = await buildManuals(load(root), { out: join(root, 'out') });
    expect(again.failures).toEqual([]);
    expect(again.outputs.every((o) => o.upToDate)).toBe(true);
    expect(again.stats).toMatchObject({ converted: 0, convertedFromCache: 6, compiled: 0, compiledFromCache: 0, typeset: { modules: 0, cached: 0, fronts: 0 }, workers: 0 });

    const fresh = await buildManuals(load(root), { out: join(root, 'out2') });
    expect(fresh.stats.typeset).toEqual({ modules: 12, cached: 0, fronts: 3 });
    for (const name of ['demo.es.pdf', 'demo.en.pdf', 'demo.es-en.pdf']) {
      expect(Buffer.compare(pdf(root, name), pdf(root, name, 'out2'))).toBe(0);
    }
  });

  it('re-converts only the module that changed, and rewrites a deleted output', async () => {
    writeFiles(root, { 'manuals/demo/modules/02-tema-2/en.md': moduleMd('en', 2, '\nOne more line.\n') });
    rmSync(join(root, 'out', 'demo', 'demo.es.pdf'));
    const r = await buildManuals(load(root), { out: join(root, 'out') });
    expect(r.failures).toEqual([]);
    expect(r.stats.converted).toBe(1);
    expect(r.outputs.map((o) => o.upToDate)).toEqual([false, false, false]);
    // Only the pieces holding the changed module are set again (its en piece and its es-en
    // piece); the rest, demo.es.pdf's included, come from the cache.
    expect(r.stats.typeset.modules).toBe(2);
    expect(r.stats.typeset.cached).toBe(10);
    expect(existsSync(join(root, 'out', 'demo', 'demo.es.pdf'))).toBe(true);
    // The conversion of the old en.md and the PDFs made from it are gone from the cache:
    // 12 pieces, and the fronts used, each a PDF and its marks.
    expect(readdirSync(join(root, 'out', '.cache', 'typst'))).toHaveLength(6);
    expect(readdirSync(join(root, 'out', '.cache', 'pdf')).filter((n) => n.endsWith('.pdf')).length).toBeGreaterThanOrEqual(15);
  });

  it('respects SOURCE_DATE_EPOCH', async () => {
    const r = await buildManuals(load(root), { out: join(root, 'out3'), langs: ['en'], sourceDateEpoch: '1700000000' });
    expect(r.outputs.map((o) => o.path.endsWith('demo.en.pdf'))).toEqual([true]);
    expect((await info(pdf(root, 'demo.en.pdf', 'out3'))).created?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });
});

describe('build options', () => {
  let root: string;
  beforeAll(() => {
    root = writeProject(demoManual('demo', 2));
  });

  it('sequential: all of one language, then the other', async () => {
    const r = await buildManuals(load(root), { out: join(root, 'seq'), layout: 'sequential', langs: ['es', 'en'] });
    expect(r.failures).toEqual([]);
    const pages = await readPages(pdf(root, 'demo.es-en.pdf', 'seq'));
    const esPages = pages.flatMap((p, i) => (p.text.includes('ESPAÑOLTEXTO') ? [i] : []));
    const enPages = pages.flatMap((p, i) => (p.text.includes('ENGLISHTEXT') ? [i] : []));
    expect(esPages).toHaveLength(2);
    expect(enPages).toHaveLength(2);
    expect(Math.max(...esPages)).toBeLessThan(Math.min(...enPages));
  });

  it('flip: one language from the front, the other upside down from the back', async () => {
    const r = await buildManuals(load(root), { out: join(root, 'flip'), layout: 'flip' });
    expect(r.failures).toEqual([]);
    const es = await readPages(pdf(root, 'demo.es.pdf', 'flip'));
    const en = await readPages(pdf(root, 'demo.en.pdf', 'flip'));
    const pages = await readPages(pdf(root, 'demo.es-en.pdf', 'flip'));
    const even = (n: number): number => n + (n % 2);
    expect(pages).toHaveLength(even(es.length) + even(en.length));
    expect(pages[0]!.text).toContain('Salud y bienestar');
    expect(pages[0]!.rotation).toBe(0);
    const last = pages[pages.length - 1]!;
    expect(last.text).toContain('Health and wellbeing');
    expect(last.rotation).toBe(180);
    const titles = flatTitles(await outline(pdf(root, 'demo.es-en.pdf', 'flip')));
    expect(titles).toEqual(expect.arrayContaining(['Salud y bienestar', 'Health and wellbeing', 'Module number 2: stress', 'Objetivos']));
  });

  it('single: no bilingual edition', async () => {
    const r = await buildManuals(load(root), { out: join(root, 'single'), layout: 'single' });
    expect(r.outputs.map((o) => o.path.split('/').pop())).toEqual(['demo.es.pdf', 'demo.en.pdf']);
  });

  it('--draft stamps the watermark on every page; --paper a4', async () => {
    const r = await buildManuals(load(root), { out: join(root, 'draft'), draft: true, paper: 'a4', langs: ['es'] });
    expect(r.failures).toEqual([]);
    const pages = await readPages(pdf(root, 'demo.es.pdf', 'draft'));
    for (const p of pages) {
      expect(p.text).toContain('BORRADOR / DRAFT');
      expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    }
  });

  it('--booklet imposes two pages a side of a letter sheet in saddle-stitch order', async () => {
    const plain = await buildManuals(load(root), { out: join(root, 'plain'), langs: ['es'] });
    const n = plain.outputs[0]!.pages;
    const r = await buildManuals(load(root), { out: join(root, 'booklet'), booklet: true, langs: ['es'] });
    expect(r.failures).toEqual([]);
    const sides = await readPages(pdf(root, 'demo.es.pdf', 'booklet'));
    const padded = Math.ceil(n / 4) * 4;
    expect(sides).toHaveLength(padded / 2);
    expect(r.outputs[0]!.pages).toBe(padded / 2);
    // Side 1: the last page on the left, the cover (page 1) on the right.
    const s1 = sides[0]!;
    // Half-letter pages on landscape letter sheets (11 × 8.5 in).
    for (const side of sides) expect([side.width, side.height]).toEqual([LETTER.height, LETTER.width]);
    const cover = s1.items.find((i) => i.str.includes('Salud y bienestar'))!;
    expect(cover.x).toBeGreaterThan(s1.width / 2);
    // Side 2: pages 2 (contents) left, n-1 right.
    const contents = sides[1]!.items.find((i) => i.str.includes('Contenido'))!;
    expect(contents.x).toBeLessThan(sides[1]!.width / 2);
  });

  it('--booklet with a tabloid sheet keeps the pages at full size', async () => {
    const r = await buildManuals(load(root), { out: join(root, 'tabloid'), booklet: { sheet: 'tabloid', signature: 1 }, langs: ['es'] });
    expect(r.failures).toEqual([]);
    const sides = await readPages(pdf(root, 'demo.es.pdf', 'tabloid'));
    for (const side of sides) expect([side.width, side.height]).toEqual([1224, 792]);
    const cover = sides[0]!.items.find((i) => i.str.includes('Salud y bienestar'))!;
    expect(cover.size).toBeGreaterThan(20); // the cover title at its own size, not scaled down
  });
});

describe('bad input', () => {
  it('names the module, file and line; builds the rest; leaves no partial PDF', async () => {
    const files = demoManual('demo', 2, {
      allowRaw: true,
      extra: { 2: { es: '\nTexto antes.\n\n```{=typst}\n#let x = (\n```\n' } },
    });
    const root = writeProject(files);
    const r = await buildManuals(load(root), { out: join(root, 'out') });
    expect(r.outputs.map((o) => o.path.split('/').pop())).toEqual(['demo.en.pdf']);
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0]!;
    expect(f.file).toBe('manuals/demo/modules/02-tema-2/es.md');
    expect(f.rule).toBe('typst-compile');
    expect(f.message).toContain('02-tema-2');
    const lines = readFileSync(join(root, f.file!), 'utf8').split('\n');
    expect(lines[f.line! - 1]).toBe('#let x = (');
    const left = readdirSync(join(root, 'out', 'demo'));
    expect(left).toEqual(['demo.en.pdf']);
  });

  it('reports a missing image with its line, and a missing logo', async () => {
    const files = demoManual('demo', 1, { extra: { 1: { en: '\n![A map](img/missing.png)\n' } } });
    files['manuals/demo/manual.yaml'] = String(files['manuals/demo/manual.yaml']).replace('img/clinica.svg', 'img/nope.svg');
    const root = writeProject(files);
    const r = await buildManuals(load(root), { out: join(root, 'out'), layout: 'single' });
    expect(r.outputs).toEqual([]);
    const formatted = r.failures.map((f) => f.format());
    const mdLine = String(files['manuals/demo/modules/01-tema-1/en.md']).split('\n').indexOf('![A map](img/missing.png)') + 1;
    expect(formatted).toContain(`manuals/demo/modules/01-tema-1/en.md:${mdLine}: image not found: img/missing.png  image-missing`);
    expect(formatted).toContain('manuals/demo/manual.yaml: logo of Clínica del Valle not found: img/nope.svg  image-missing');
  });

  it('prints hostile strings in titles and front matter literally', async () => {
    const hostile = 'A #b $c$ ]d "e" \\f @g <h> *i* _j_';
    // In the body, Markdown still means Markdown (*i* is emphasis); the rest prints as written.
    const bodyHostile = 'A #b $c$ $5 ]d [e \\f @g = h + i - j / k #import "x"';
    const files = demoManual('demo', 1);
    files['manuals/demo/manual.yaml'] = String(files['manuals/demo/manual.yaml'])
      .replace('es: Salud y bienestar', `es: '${hostile}'`)
      .replace('organization: Red Comunitaria de Promotoras', `organization: '${hostile} org'`);
    files['manuals/demo/modules/01-tema-1/es.md'] = String(files['manuals/demo/modules/01-tema-1/es.md'])
      .replace(/^title: .*$/m, `title: '${hostile} mod'`)
      .replace('## Objetivos {#objectives}', `Intro ${bodyHostile} body\n\n## Objetivos {#objectives}`);
    const root = writeProject(files);
    const r = await buildManuals(load(root), { out: join(root, 'out'), langs: ['es'] });
    expect(r.failures.map((f) => f.format())).toEqual([]);
    const text = (await readPages(pdf(root, 'demo.es.pdf'))).map((p) => p.text).join('\n');
    expect(text).toContain(hostile);
    expect(text).toContain(`${hostile} org`);
    expect(text).toContain(`${hostile} mod`);
    expect(text).toContain(`Intro ${bodyHostile.replace('"x"', '«x»')} body`);
    expect((await info(pdf(root, 'demo.es.pdf'))).title).toBe(hostile);
  });
});
