import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildSlides } from '../../src/slides/build-slides.js';
import { demoManual, load, PICTURE_SVG, writeProject } from '../editions/fixture.js';
import { readPages } from '../editions/pdf-read.js';

function slidesMd(lang: 'es' | 'en', extraSlide = ''): string {
  const es = lang === 'es';
  return `---
title: ${es ? 'El estrés' : 'Stress'}
---

## ${es ? 'Primera' : 'First'}

- ${es ? 'Punto uno' : 'Point one'}

::: notes
${es ? 'NOTA-ES-1 para quien presenta.' : 'NOTE-EN-1 for the presenter.'}
:::

---

## ${es ? 'Segunda' : 'Second'}

![${es ? 'Un dibujo' : 'A drawing'}](img/picture.svg)

::: notes
${es ? 'NOTA-ES-2' : 'NOTE-EN-2'}
:::

## ${es ? 'Tercera' : 'Third'}

1. ${es ? 'Uno' : 'One'}
2. ${es ? 'Dos' : 'Two'}
${extraSlide}`;
}

function project(extraEs = ''): string {
  return writeProject({
    ...demoManual('demo', 1),
    'manuals/demo/modules/01-tema-1/slides.es.md': slidesMd('es', extraEs),
    'manuals/demo/modules/01-tema-1/slides.en.md': slidesMd('en'),
    'manuals/demo/modules/01-tema-1/img/picture.svg': PICTURE_SVG,
  });
}

const read = (p: string): Uint8Array => new Uint8Array(readFileSync(p));

describe('slides', () => {
  it('makes a 16:9 deck with a title slide, slide numbers and no notes on the slides', async () => {
    const root = project();
    const out = join(root, 'out');
    const r = await buildSlides(load(root), { out });
    expect(r.failures).toEqual([]);
    const deck = join(out, 'demo/slides/01-tema-1.es.pdf');
    const doc = await PDFDocument.load(readFileSync(deck));
    expect(doc.getPageCount()).toBe(4);
    for (const p of doc.getPages()) expect(p.getWidth() / p.getHeight()).toBeCloseTo(16 / 9, 2);
    const pages = await readPages(read(deck));
    expect(pages[0]!.text).toContain('El estrés');
    expect(pages[1]!.text).toContain('Primera');
    expect(pages[1]!.text).toContain('1 / 3');
    expect(pages[3]!.text).toContain('3 / 3');
    expect(pages.map((p) => p.text).join(' ')).not.toContain('NOTA-ES');
    expect(r.outputs.map((o) => o.path.slice(out.length + 1)).sort()).toEqual([
      'demo/handouts/01-tema-1.en.pdf',
      'demo/handouts/01-tema-1.es.pdf',
      'demo/slides/01-tema-1.en.pdf',
      'demo/slides/01-tema-1.es.pdf',
    ]);
  }, 60_000);

  it('handouts: pages for each --per-page, Letter or A4, notes with --notes and --notes-lang', async () => {
    const root = project();
    const out = join(root, 'out');
    for (const [perPage, pages] of [[1, 4], [2, 2], [3, 2], [4, 1], [6, 1]] as const) {
      const r = await buildSlides(load(root), { out, perPage, langs: ['es'] });
      expect(r.failures).toEqual([]);
      const doc = await PDFDocument.load(readFileSync(join(out, 'demo/handouts/01-tema-1.es.pdf')));
      expect(doc.getPageCount(), `per page ${perPage}`).toBe(pages);
      expect(doc.getPage(0).getWidth()).toBe(612);
    }
    await buildSlides(load(root), { out, perPage: 4, paper: 'a4', notes: true, langs: ['es'] });
    let handout = read(join(out, 'demo/handouts/01-tema-1.es.pdf'));
    expect((await PDFDocument.load(handout)).getPage(0).getWidth()).toBeCloseTo(595.28, 1);
    let text = (await readPages(handout)).map((p) => p.text).join(' ');
    expect(text).toContain('NOTA-ES-1');
    expect(text).toContain('El estrés');
    await buildSlides(load(root), { out, perPage: 4, notesLang: 'en', langs: ['es'] });
    handout = read(join(out, 'demo/handouts/01-tema-1.es.pdf'));
    text = (await readPages(handout)).map((p) => p.text).join(' ');
    expect(text).toContain('NOTE-EN-1');
    expect(text).not.toContain('NOTA-ES-1');
  }, 120_000);

  it('reports an overflowing slide with its file and line, and does not write that deck', async () => {
    const long = Array.from({ length: 30 }, (_, i) => `- Una línea larga número ${i + 1} que no cabe`).join('\n');
    const root = project(`\n---\n\n## Demasiado\n\n${long}\n`);
    const out = join(root, 'out');
    const r = await buildSlides(load(root), { out });
    expect(r.failures.map((f) => [f.rule, f.file, f.line])).toEqual([['slide-overflow', 'manuals/demo/modules/01-tema-1/slides.es.md', 30]]);
    expect(r.failures[0]!.message).toContain('slide 4 "Demasiado"');
    expect(existsSync(join(out, 'demo/slides/01-tema-1.es.pdf'))).toBe(false);
    expect(existsSync(join(out, 'demo/slides/01-tema-1.en.pdf'))).toBe(true);
  }, 60_000);
});

describe('slides --format pptx', () => {
  it('writes an editable PowerPoint file with one slide per slide plus the title, speaker notes and the image', async () => {
    const root = project();
    const out = join(root, 'out');
    const r = await buildSlides(load(root), { out, format: 'pptx', langs: ['es'] });
    expect(r.failures).toEqual([]);
    expect(r.outputs.map((o) => [o.kind, o.path.slice(out.length + 1)])).toEqual([['pptx', 'demo/slides/01-tema-1.es.pptx']]);
    const zip = readFileSync(join(out, 'demo/slides/01-tema-1.es.pptx'));
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    // Zip entry names are stored in clear in the central directory.
    const names = new Set(zip.toString("latin1").match(/ppt\/(?:slides\/slide\d+|notesSlides\/notesSlide\d+|media\/image\d+)\.(?:xml|svg|png)/g));
    expect([...names].filter((n) => n.startsWith('ppt/slides/')).length).toBe(4);
    expect([...names].filter((n) => n.startsWith('ppt/notesSlides/')).length).toBeGreaterThanOrEqual(2);
    expect([...names].some((n) => n.startsWith('ppt/media/'))).toBe(true);
  }, 60_000);
});

describe('slides with a shard', () => {
  it('deals the decks (each with its handout) round the shards: together, the unsharded files', async () => {
    const root = project();
    const whole = await buildSlides(load(root), { out: join(root, 'whole'), sourceDateEpoch: '1700000000' });
    const one = await buildSlides(load(root), { out: join(root, 's1'), sourceDateEpoch: '1700000000', shard: { index: 1, total: 2 } });
    const two = await buildSlides(load(root), { out: join(root, 's2'), sourceDateEpoch: '1700000000', shard: { index: 2, total: 2 } });
    expect(whole.shard).toBeUndefined();
    expect(one.shard).toMatchObject({ index: 1, total: 2, unit: 'deck', assigned: 1, units: 2 });
    expect(two.shard).toMatchObject({ index: 2, total: 2, unit: 'deck', assigned: 1, units: 2 });
    // A deck and its handout go together.
    expect(one.outputs.map((o) => `${o.kind} ${o.lang}`)).toEqual(['deck en', 'handout en']);
    expect(two.outputs.map((o) => `${o.kind} ${o.lang}`)).toEqual(['deck es', 'handout es']);
    for (const o of [...one.outputs, ...two.outputs]) {
      const rel = o.path.split(/[\\/](s1|s2)[\\/]/)[2]!;
      expect(Buffer.compare(readFileSync(o.path), readFileSync(join(root, 'whole', rel))), rel).toBe(0);
    }
  });
});
