// Page numbers of a joined edition (src/assemble/digit-ink.ts): each digit
// shaped once, drawn as an artifact, in an uncompressed content stream, and
// read back as the number it is, at the width the font gives it.
import { PDFArray, PDFDocument, PDFName, PDFRawStream, grayscale } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { DigitInk } from '../../src/assemble/digit-ink.js';
import { embedDigitsFont } from '../../src/assemble/fonts.js';
import { savePdf } from '../../src/assemble/save.js';
import { readPages } from '../editions/pdf-read.js';

describe('DigitInk', () => {
  it('draws numbers that read back as themselves, as wide as the font makes them', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const stack = await embedDigitsFont(doc);
    const ink = new DigitInk(stack.primary);
    const numbers = ['7', '10', '1609', '90210'];
    for (const [i, n] of numbers.entries()) {
      const page = doc.addPage([300, 200]);
      expect(ink.widthAtSize(n, 9)).toBeCloseTo(stack.primary.widthOfTextAtSize(n, 9), 6);
      ink.draw(page, n, { x: 20 + i, y: 30, size: 9, color: grayscale(0.2) });
    }
    const pages = await readPages(await savePdf(doc));
    expect(pages.map((p) => p.text.trim())).toEqual(numbers);
    expect(pages[3]!.items[0]!.x).toBeCloseTo(23, 3);
    expect(pages[3]!.items[0]!.width).toBeCloseTo(ink.widthAtSize('90210', 9), 1);
  });

  it('marks the number as an artifact, in a content stream of its own, uncompressed', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const ink = new DigitInk((await embedDigitsFont(doc)).primary);
    ink.draw(doc.addPage([300, 200]), '42', { x: 10, y: 10, size: 12, color: grayscale(0) });
    const saved = await PDFDocument.load(await savePdf(doc), { updateMetadata: false });
    const page = saved.getPage(0);
    const contents = saved.context.lookup(page.node.get(PDFName.of('Contents')));
    const last = contents instanceof PDFArray ? saved.context.lookup(contents.get(contents.size() - 1)) : contents;
    const stream = last instanceof PDFRawStream ? last : undefined;
    expect(stream?.dict.get(PDFName.of('Filter'))).toBeUndefined();
    const ops = Buffer.from(stream!.contents).toString('latin1');
    expect(ops).toMatch(/^\/Artifact BMC\n[\s\S]*\bTj\n[\s\S]*EMC\s*$/);
  });

  it('draws digits only', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const ink = new DigitInk((await embedDigitsFont(doc)).primary);
    expect(() => ink.draw(doc.addPage(), 'iv', { x: 0, y: 0, size: 9, color: grayscale(0) })).toThrow(/digits only/);
  });
});
