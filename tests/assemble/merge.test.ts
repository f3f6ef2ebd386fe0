import { PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { mergePdfs, mergeWithStarts } from '../../src/assemble/merge.js';
import { readOutline, setOutline } from '../../src/assemble/outline.js';
import { savePdf } from '../../src/assemble/save.js';
import { load, makeDeck, makeDeckDoc, pageTexts } from './fixtures.js';

async function parts(): Promise<{ pdf: Uint8Array; title: string }[]> {
  return [
    { pdf: await makeDeck({ label: 'A', count: 3, size: [612, 792] }), title: 'Portada y agenda' },
    { pdf: await makeDeck({ label: 'B', count: 2, size: [720, 405] }), title: 'Módulo 2 — Niñez' },
    { pdf: await makeDeck({ label: 'C', count: 1, size: [595.28, 841.89] }), title: 'Certificado' },
  ];
}

describe('mergePdfs', () => {
  it('concatenates parts in order, keeping page sizes', async () => {
    const bytes = await savePdf(await mergePdfs(await parts()));
    const doc = await load(bytes);
    expect(doc.getPageCount()).toBe(6);
    expect(doc.getPages().map((p) => [p.getWidth(), p.getHeight()])).toEqual([
      [612, 792], [612, 792], [612, 792], [720, 405], [720, 405], [595.28, 841.89],
    ]);
    expect((await pageTexts(bytes)).map((t) => t.trim())).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'C1']);
  });

  it('starts every part on an odd page with blanks the size of the page before', async () => {
    const { doc, starts } = await mergeWithStarts(await parts(), { startOnOddPage: true });
    const bytes = await savePdf(doc);
    const back = await load(bytes);
    // A1 A2 A3 [blank] B1 B2 C1: parts start on pages 1, 5 and 7.
    expect(starts).toEqual([0, 4, 6]);
    expect(back.getPageCount()).toBe(7);
    expect((await pageTexts(bytes)).map((t) => t.trim())).toEqual(['A1', 'A2', 'A3', '', 'B1', 'B2', 'C1']);
    expect([back.getPage(3).getWidth(), back.getPage(3).getHeight()]).toEqual([612, 792]);
    for (const s of starts) expect((s + 1) % 2).toBe(1);
  });

  it('adds one bookmark per part, pointing at its first page, with any Unicode title', async () => {
    const bytes = await savePdf(await mergePdfs(await parts(), { startOnOddPage: true }));
    const doc = await load(bytes);
    expect(readOutline(doc)).toEqual([
      { title: 'Portada y agenda', pageIndex: 0 },
      { title: 'Módulo 2 — Niñez', pageIndex: 4 },
      { title: 'Certificado', pageIndex: 6 },
    ]);
    expect(String(doc.catalog.get(PDFName.of('PageMode')))).toBe('/UseOutlines');
  });

  it('keeps the bookmarks a part already had, under the part, shifted to its pages', async () => {
    const manual = await makeDeckDoc({ label: 'M', count: 4 });
    setOutline(manual, [
      { title: 'Objetivos', pageIndex: 0 },
      { title: 'Evaluación', pageIndex: 2, children: [{ title: 'Preguntas', pageIndex: 3 }] },
    ]);
    const cover = await makeDeck({ label: 'C', count: 1 });
    const bytes = await savePdf(
      await mergePdfs([{ pdf: cover, title: 'Portada' }, { pdf: await savePdf(manual), title: 'Manual' }], { startOnOddPage: true }),
    );
    expect(readOutline(await load(bytes))).toEqual([
      { title: 'Portada', pageIndex: 0 },
      {
        title: 'Manual',
        pageIndex: 2,
        open: true,
        children: [
          { title: 'Objetivos', pageIndex: 2 },
          { title: 'Evaluación', pageIndex: 4, open: true, children: [{ title: 'Preguntas', pageIndex: 5 }] },
        ],
      },
    ]);
  });

  it('writes a valid outline tree (/Count, /Parent, /Prev, /Next) that readers accept', async () => {
    const bytes = await savePdf(await mergePdfs(await parts()));
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const outline = await pdf.getOutline();
    expect(outline.map((o) => o.title)).toEqual(['Portada y agenda', 'Módulo 2 — Niñez', 'Certificado']);
    const dest = outline[1]?.dest;
    expect(Array.isArray(dest)).toBe(true);
    const index = Array.isArray(dest) ? await pdf.getPageIndex(dest[0] as { num: number; gen: number }) : -1;
    expect(index).toBe(3);
    await pdf.destroy();
  });
});
