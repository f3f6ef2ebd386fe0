// What promokit draws with pdf-lib uses embedded fonts with full Unicode:
// Atkinson Hyperlegible, Noto Sans and Noto Sans Math for what it lacks;
// never a standard-14 font.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { DRAWN_FONTS, embedFontStack } from '../../src/assemble/fonts.js';
import { nup } from '../../src/assemble/nup.js';
import { FONT_FAMILIES } from '../../src/typeset/fonts.js';
import { savePdf } from '../../src/assemble/save.js';
import { addWatermark } from '../../src/assemble/watermark.js';
import { readPages } from '../editions/pdf-read.js';
import { makeDeck } from './fixtures.js';

const WANTED = '≥ → ǎ ẽ ñ ¿';

/** For each page, each font it uses: its name and whether its program is embedded (FontFile2 for a TrueType). */
function pageFonts(doc: PDFDocument): { name: string; file2: boolean }[][] {
  const deref = (o: unknown): unknown => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  const dict = (o: unknown): PDFDict | undefined => (deref(o) instanceof PDFDict ? (deref(o) as PDFDict) : undefined);
  const array = (o: unknown): PDFArray | undefined => (deref(o) instanceof PDFArray ? (deref(o) as PDFArray) : undefined);
  return doc.getPages().map((page) => {
    const fonts = dict(page.node.Resources()?.get(PDFName.of('Font')));
    return (fonts?.values() ?? []).map((ref) => {
      const font = dict(ref)!;
      const descendant = dict(array(font.get(PDFName.of('DescendantFonts')))?.get(0));
      const descriptor = dict((descendant ?? font).get(PDFName.of('FontDescriptor')));
      return { name: font.get(PDFName.of('BaseFont'))?.toString() ?? '?', file2: descriptor?.has(PDFName.of('FontFile2')) ?? false };
    });
  });
}

describe('fonts drawn with pdf-lib', () => {
  it('are the fonts Typst sets the manuals with, in the same order', () => {
    expect(DRAWN_FONTS.map((f) => f.family)).toEqual([...FONT_FAMILIES]);
  });

  it('a handout header, notes and watermark keep ≥ ǎ ẽ ñ ¿; every font on every page is embedded', async () => {
    const deck = await makeDeck({ count: 4 });
    const doc = await nup([{ pdf: deck, title: `Título ${WANTED}`, notes: [`Nota: edad ${WANTED} años`, undefined, `Segunda ${WANTED}`] }], { perPage: 3 });
    await addWatermark(doc, { text: `BORRADOR ${WANTED}` });
    const bytes = await savePdf(doc);
    const pages = await readPages(bytes);
    expect(pages).toHaveLength(2);
    const first = pages[0]!.items.map((i) => i.str).join('');
    // Each string comes back whole: the header, both notes and the watermark.
    expect(first.split('≥').length - 1).toBeGreaterThanOrEqual(4);
    for (const ch of WANTED.split(' ')) expect(first.split(ch).length - 1, ch).toBeGreaterThanOrEqual(4);
    expect(pages[0]!.text.replace(/\s+/g, '')).toContain(`Título${WANTED}`.replace(/\s+/g, ''));
    expect(pages[0]!.text.replace(/\s+/g, '')).toContain(`Nota:edad${WANTED}años`.replace(/\s+/g, ''));
    // Page numbers on the second page too.
    expect(pages[1]!.text).toContain('2 / 2');
    const fonts = pageFonts(await PDFDocument.load(bytes));
    for (const page of fonts) {
      expect(page.length).toBeGreaterThan(0);
      for (const f of page) expect(f, f.name).toMatchObject({ file2: true });
      expect(page.map((f) => f.name).join(' ')).not.toMatch(/Helvetica|Times|Courier/);
    }
    // Atkinson has ≥ ñ ¿; ǎ and ẽ come from Noto Sans, → from Noto Sans Math.
    const names = fonts[0]!.map((f) => f.name).join(' ');
    expect(names).toContain('AtkinsonHyperlegible-Regular');
    expect(names).toMatch(/NotoSans-Regular/);
    expect(names).toMatch(/NotoSansMath-Regular/);
    expect(pages[0]!.text).not.toContain('->');
  });

  it('arrows and mathematical signs are drawn, not spelt out: → ⇒ ≤ ✓ come back as they are', async () => {
    const doc = await nup([{ pdf: await makeDeck({ count: 1 }), title: 'Paso 1 → paso 2 ⇒ edad ≤ 5 ✓' }], { perPage: 1 });
    const pages = await readPages(await savePdf(doc));
    expect(pages[0]!.text.replace(/\s+/g, ' ')).toContain('Paso 1 → paso 2 ⇒ edad ≤ 5 ✓');
  });

  it('a character no font has gets a close spelling, never a box', async () => {
    // A private-use character: no font has one.
    const doc = await nup([{ pdf: await makeDeck({ count: 1 }), title: 'Paso \ue000 dos' }], { perPage: 1 });
    const pages = await readPages(await savePdf(doc));
    expect(pages[0]!.text).toContain('Paso ? dos');
  });

  it('given the text to draw, embeds only the fallback fonts it needs: page numbers Atkinson alone, → Noto Sans Math, ǎ Noto Sans', async () => {
    const names = async (needs: string): Promise<string[]> => {
      const doc = await PDFDocument.create();
      return (await embedFontStack(doc, 'regular', needs)).faces.map((f) => f.name);
    };
    expect(await names('0123456789')).toEqual([expect.stringContaining('AtkinsonHyperlegible')]);
    expect(await names('Paso 1 → 2')).toEqual([expect.stringContaining('AtkinsonHyperlegible'), expect.stringContaining('NotoSansMath')]);
    expect(await names('ǎ → ≥')).toHaveLength(3);
    const all = await embedFontStack(await PDFDocument.create(), 'bold');
    expect(all.faces).toHaveLength(3);
  });

  it('a handout that needs no character beyond Atkinson carries Atkinson only (Noto Sans and Noto Sans Math are dropped)', async () => {
    const doc = await nup([{ pdf: await makeDeck({ count: 1 }), title: 'Salud del corazón ¿sí?' }], { perPage: 1 });
    const bytes = await savePdf(doc);
    const names = pageFonts(await PDFDocument.load(bytes)).flat().map((f) => f.name);
    expect(names.every((n) => n.includes('AtkinsonHyperlegible'))).toBe(true);
    expect(bytes.length).toBeLessThan(200_000);
  });
});
