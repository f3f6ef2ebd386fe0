import { describe, expect, it } from 'vitest';
import { PDFName, PDFString } from 'pdf-lib';
import { imposeBooklet, saddleStitchSides } from '../../src/assemble/booklet.js';
import { setMetadata } from '../../src/assemble/metadata.js';
import { readOutline, setOutline } from '../../src/assemble/outline.js';
import { savePdf } from '../../src/assemble/save.js';
import { load, makeDeck, makeDeckDoc, pageTextItems, SIZES } from './fixtures.js';

describe('saddleStitchSides', () => {
  it('orders 8 pages as sheet 1 front [8,1], back [2,7], sheet 2 front [6,3], back [4,5]', () => {
    expect(saddleStitchSides(8)).toEqual([
      [8, 1],
      [2, 7],
      [6, 3],
      [4, 5],
    ]);
  });

  it('orders 4 pages on one sheet', () => {
    expect(saddleStitchSides(4)).toEqual([
      [4, 1],
      [2, 3],
    ]);
  });

  it('pads to a multiple of 4 with blanks (null) at the end of the booklet', () => {
    expect(saddleStitchSides(5)).toEqual([
      [null, 1],
      [2, null],
      [null, 3],
      [4, 5],
    ]);
    expect(saddleStitchSides(1)).toEqual([
      [null, 1],
      [null, null],
    ]);
    expect(saddleStitchSides(0)).toEqual([]);
  });

  it.each([4, 6, 12, 13, 16, 30])('uses every page of %i exactly once, pairs summing to n + 1', (count) => {
    const sides = saddleStitchSides(count);
    const n = Math.ceil(count / 4) * 4;
    expect(sides).toHaveLength(n / 2);
    const pages = sides.flat().filter((p): p is number => p !== null);
    expect([...pages].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    for (const [left, right] of sides) {
      const l = left ?? n + 1 - (right ?? 0);
      const r = right ?? n + 1 - l;
      expect(l + r).toBe(n + 1);
    }
  });

  it('refuses a negative or fractional count', () => {
    expect(() => saddleStitchSides(-1)).toThrow(RangeError);
    expect(() => saddleStitchSides(2.5)).toThrow(RangeError);
  });
});

describe('imposeBooklet', () => {
  it('puts two pages side by side on a sheet twice as wide, in saddle-stitch order', async () => {
    const input = await makeDeck({ label: 'P', count: 6, size: [612, 792] });
    const bytes = await savePdf(await imposeBooklet(input));
    const doc = await load(bytes);
    expect(doc.getPageCount()).toBe(4); // 6 pages padded to 8, 2 per side
    for (const page of doc.getPages()) {
      expect(page.getWidth()).toBeCloseTo(1224, 6);
      expect(page.getHeight()).toBeCloseTo(792, 6);
    }
    const sides: (string | null)[][] = [];
    for (let i = 1; i <= doc.getPageCount(); i++) {
      const items = await pageTextItems(bytes, i);
      const at = (half: 0 | 1): string | null => items.find((t) => (t.x >= 612) === (half === 1))?.str ?? null;
      sides.push([at(0), at(1)]);
    }
    expect(sides).toEqual([
      [null, 'P1'],
      [`P2`, null],
      ['P6', 'P3'],
      ['P4', 'P5'],
    ]);
  });

  it('scales pages into a given sheet (letter pages as a half-letter booklet on letter paper)', async () => {
    const input = await makeDeck({ label: 'P', count: 4, size: [612, 792] });
    const bytes = await savePdf(await imposeBooklet(input, { sheet: [792, 612] }));
    const doc = await load(bytes);
    expect(doc.getPageCount()).toBe(2);
    expect(doc.getPage(0).getWidth()).toBe(792);
    const items = await pageTextItems(bytes, 1);
    expect(items.map((i) => i.str)).toEqual(['P4', 'P1']);
    expect(items[0]?.x).toBeLessThan(396);
    expect(items[1]?.x).toBeGreaterThan(396);
  });

  it('sizes the sheet from the largest page when sizes are mixed', async () => {
    const input = await makeDeck({ count: 3, size: [SIZES['16:9'], SIZES['4:3']] });
    const doc = await load(await savePdf(await imposeBooklet(input)));
    expect(doc.getPage(0).getWidth()).toBe(1440);
    expect(doc.getPage(0).getHeight()).toBe(540);
  });

  it('keeps title and language, and points bookmarks at the side holding their page', async () => {
    const source = await makeDeckDoc({ label: 'P', count: 8, size: [612, 792] });
    setMetadata(source, { title: 'Manual', lang: 'es', date: new Date('2026-01-01T00:00:00Z') });
    setOutline(source, [
      { title: 'Uno', pageIndex: 0 },
      { title: 'Tres', pageIndex: 2 },
      { title: 'Ocho', pageIndex: 7 },
    ]);
    const doc = await load(await savePdf(await imposeBooklet(source)));
    expect(doc.getTitle()).toBe('Manual');
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('es');
    // Sides: [8,1] [2,7] [6,3] [4,5]
    expect(readOutline(doc).map((e) => e.pageIndex)).toEqual([0, 2, 0]);
  });
});
