import { describe, expect, it } from 'vitest';
import { PDFDict, PDFName, PDFRawStream, PDFStream, PDFString, type PDFDocument } from 'pdf-lib';
import { describeSheet, imposeBooklet, makeBooklet, saddleStitchSides } from '../../src/assemble/booklet.js';
import { bookletPlan, bookletSheet } from '../../src/assemble/booklet-plan.js';
import { InvalidAssembleOptionError } from '../../src/assemble/errors.js';
import { nup } from '../../src/assemble/nup.js';
import { addWatermark } from '../../src/assemble/watermark.js';
import { setMetadata } from '../../src/assemble/metadata.js';
import { readOutline, setOutline } from '../../src/assemble/outline.js';
import { savePdf } from '../../src/assemble/save.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { contentOf, drawnForms, load, makeDeck, makeDeckDoc, pageTextItems, SIZES } from './fixtures.js';

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

const LETTER = [612, 792] as const;

/** Fonts named in any /Resources of the document: how many there are, and which are not a font dictionary. */
function fontResources(doc: PDFDocument): { count: number; broken: string[] } {
  let count = 0;
  const broken: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    const dict = obj instanceof PDFDict ? obj : obj instanceof PDFStream || obj instanceof PDFRawStream ? obj.dict : undefined;
    const fonts = dict?.lookupMaybe(PDFName.of('Resources'), PDFDict)?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [name, ref] of fonts?.entries() ?? []) {
      count++;
      if (!(doc.context.lookup(ref) instanceof PDFDict)) broken.push(name.toString());
    }
  }
  return { count, broken };
}
const A4 = [595.28, 841.89] as const;

/** The labels on each side of each sheet, [left half, right half], read back with pdfjs. */
async function sidesOf(bytes: Uint8Array): Promise<(string | null)[][]> {
  const doc = await load(bytes);
  const sides: (string | null)[][] = [];
  for (let i = 1; i <= doc.getPageCount(); i++) {
    const mid = doc.getPage(i - 1).getWidth() / 2;
    const items = await pageTextItems(bytes, i);
    const at = (right: boolean): string | null => items.find((t) => t.x >= mid === right)?.str ?? null;
    sides.push([at(false), at(true)]);
  }
  return sides;
}

describe('bookletPlan', () => {
  const first = (n: number | null): number | null => n;
  it('puts 8 and 12 pages in one signature', () => {
    expect(bookletPlan(8)).toEqual({ sides: saddleStitchSides(8), signatures: [2] });
    expect(bookletPlan(12).signatures).toEqual([3]);
    expect(bookletPlan(12).sides).toEqual([[12, 1], [2, 11], [10, 3], [4, 9], [8, 5], [6, 7]]);
  });

  it('keeps 64 pages in one signature of 16 sheets by default', () => {
    const plan = bookletPlan(64);
    expect(plan.signatures).toEqual([16]);
    expect(plan.sides[0]).toEqual([64, 1]);
    expect(plan.sides[1]).toEqual([2, 63]);
    expect(plan.sides.at(-1)).toEqual([32, 33]);
  });

  it('splits 70 pages into two signatures of 9 sheets, blanks at the very end', () => {
    const plan = bookletPlan(70);
    expect(plan.signatures).toEqual([9, 9]);
    expect(plan.sides).toHaveLength(36);
    // Signature 1: pages 1–36 folded on their own.
    expect(plan.sides[0]).toEqual([36, 1]);
    expect(plan.sides[17]).toEqual([18, 19]);
    // Signature 2: pages 37–72, of which 71 and 72 are blank.
    expect(plan.sides[18]).toEqual([null, 37]);
    expect(plan.sides[19]).toEqual([38, null]);
    expect(plan.sides[20]).toEqual([70, 39]);
    expect(plan.sides[35]).toEqual([54, 55]);
    const pages = plan.sides.flat().filter((p): p is number => p !== null).sort((a, b) => a - b);
    expect(pages).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
  });

  it('makes signatures of at most the given sheets, as equal as can be', () => {
    expect(bookletPlan(70, { signature: 4 }).signatures).toEqual([4, 4, 4, 3, 3]);
    expect(bookletPlan(12, { signature: 1 }).signatures).toEqual([1, 1, 1]);
    const sides = bookletPlan(12, { signature: 1 }).sides.map((s) => s.map(first));
    expect(sides).toEqual([[4, 1], [2, 3], [8, 5], [6, 7], [12, 9], [10, 11]]);
    expect(bookletPlan(0)).toEqual({ sides: [], signatures: [] });
  });

  it('adds a blank back cover when asked and the last page would be it', () => {
    expect(bookletPlan(8, { blankBackCover: true }).sides[0]).toEqual([null, 1]);
    expect(bookletPlan(8, { blankBackCover: true }).signatures).toEqual([3]);
    // 7 pages already end on page 7 with a blank back cover: nothing added.
    expect(bookletPlan(7, { blankBackCover: true }).signatures).toEqual([2]);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses a signature of %s sheets', (signature) => {
    expect(() => bookletPlan(8, { signature })).toThrow(InvalidAssembleOptionError);
  });
});

describe('bookletSheet', () => {
  it('chooses letter for letter pages and A4 for A4 pages, upright or not', () => {
    expect(bookletSheet([{ width: 612, height: 792 }])).toEqual({ name: 'letter', width: 792, height: 612 });
    expect(bookletSheet([{ width: 595.28, height: 841.89 }]).name).toBe('a4');
    expect(bookletSheet([{ width: 841.89, height: 595.28 }]).name).toBe('a4');
    expect(bookletSheet([{ width: 720, height: 405 }]).name).toBe('letter');
  });

  it('describes sheets for a summary', () => {
    expect(describeSheet(bookletSheet([], 'letter'))).toBe('letter, 11 × 8.5 in');
    expect(describeSheet(bookletSheet([], 'tabloid'))).toBe('tabloid, 17 × 11 in');
    expect(describeSheet(bookletSheet([], 'a4'))).toBe('A4, 297 × 210 mm');
    expect(describeSheet(bookletSheet([], 'a3'))).toBe('A3, 420 × 297 mm');
    expect(describeSheet(bookletSheet([], [800, 600]))).toBe('800 × 600 pt');
  });

  it('refuses an unknown sheet or a size that is not one', () => {
    expect(() => bookletSheet([], 'legal' as 'letter')).toThrow(InvalidAssembleOptionError);
    expect(() => bookletSheet([], [0, 600])).toThrow(InvalidAssembleOptionError);
  });
});

describe('imposeBooklet', () => {
  it.each([
    ['letter pages, default', LETTER, undefined, 792, 612],
    ['A4 pages, default', A4, undefined, 841.89, 595.28],
    ['letter pages, letter', LETTER, 'letter', 792, 612],
    ['A4 pages, a4', A4, 'a4', 841.89, 595.28],
    ['letter pages, tabloid', LETTER, 'tabloid', 1224, 792],
    ['A4 pages, a3', A4, 'a3', 1190.55, 841.89],
  ] as const)('%s: every side is a sheet of the expected size', async (_, size, sheet, width, height) => {
    const input = await makeDeck({ label: 'P', count: 6, size });
    const booklet = await makeBooklet(input, sheet ? { sheet } : {});
    expect([booklet.sheet.width, booklet.sheet.height]).toEqual([width, height]);
    const doc = await load(await savePdf(booklet.doc));
    expect(doc.getPageCount()).toBe(4); // 6 pages padded to 8, 2 per side
    for (const page of doc.getPages()) {
      expect(page.getWidth()).toBeCloseTo(width, 2);
      expect(page.getHeight()).toBeCloseTo(height, 2);
    }
  });

  it('puts the pages in saddle-stitch order', async () => {
    const bytes = await savePdf(await imposeBooklet(await makeDeck({ label: 'P', count: 6, size: LETTER })));
    expect(await sidesOf(bytes)).toEqual([
      [null, 'P1'],
      ['P2', null],
      ['P6', 'P3'],
      ['P4', 'P5'],
    ]);
  });

  it('imposes each signature on its own (12 pages, signatures of 1 sheet)', async () => {
    const bytes = await savePdf(await imposeBooklet(await makeDeck({ label: 'P', count: 12, size: LETTER }), { signature: 1 }));
    expect(await sidesOf(bytes)).toEqual([
      ['P4', 'P1'], ['P2', 'P3'],
      ['P8', 'P5'], ['P6', 'P7'],
      ['P12', 'P9'], ['P10', 'P11'],
    ]);
  });

  it('scales letter pages to half-letter, each centred in its half (and A4 to A5 exactly)', async () => {
    const letter = await load(await savePdf(await imposeBooklet(await makeDeck({ count: 4, size: LETTER }))));
    const forms = drawnForms(contentOf(letter.getPage(0)));
    expect(forms).toHaveLength(2);
    const scale = 396 / 612; // 8.5 in wide → 5.5 in
    for (const [k, f] of forms.entries()) {
      expect(f.sx).toBeCloseTo(scale, 4);
      expect(f.x).toBeCloseTo(k * 396, 3); // fills the width of its half
      expect(f.y).toBeCloseTo((612 - 792 * scale) / 2, 3); // same room above and below
    }
    const a4 = await load(await savePdf(await imposeBooklet(await makeDeck({ count: 4, size: A4 }))));
    for (const f of drawnForms(contentOf(a4.getPage(0)))) {
      expect(f.sx).toBeCloseTo(Math.SQRT1_2, 3);
      expect(f.y).toBeCloseTo(0, 1);
    }
  });

  it('centres letter pages on A3 in each half', async () => {
    const doc = await load(await savePdf(await imposeBooklet(await makeDeck({ count: 4, size: LETTER }), { sheet: 'a3' })));
    const half = 1190.55 / 2;
    const [left, right] = drawnForms(contentOf(doc.getPage(0)));
    const scale = Math.min(half / 612, 841.89 / 792);
    expect(left?.sx).toBeCloseTo(scale, 4);
    expect(left?.x).toBeCloseTo((half - 612 * scale) / 2, 2);
    expect(right?.x).toBeCloseTo(half + (half - 612 * scale) / 2, 2);
  });

  it('turns a landscape last page to fill its half, and keeps it off the back cover', async () => {
    // 31 portrait pages and a landscape certificate: 32 pages, one would be the back cover.
    const input = await makeDeck({ label: 'P', count: 32, size: [...Array(31).fill(LETTER), [792, 612]] });
    const bytes = await savePdf(await imposeBooklet(input));
    const doc = await load(bytes);
    expect(doc.getPageCount()).toBe(18); // padded to 36 pages: the back cover is blank
    const sides = await sidesOf(bytes);
    expect(sides[0]).toEqual([null, 'P1']);
    const side = sides.findIndex((s) => s.includes('P32'));
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
    const items = (await (await pdf.getPage(side + 1)).getTextContent()).items;
    const label = items.find((it) => 'str' in it && it.str === 'P32');
    await pdf.destroy();
    const [a, b] = (label && 'transform' in label ? label.transform : []) as number[];
    // Turned a quarter counter-clockwise: the text runs up the sheet.
    expect(Math.abs(a ?? 1)).toBeLessThan(1e-6);
    expect(b).toBeGreaterThan(0);
    // Turned, its 612 pt side spans the half's 396 pt width: the scale of the portrait pages.
    const content = contentOf(doc.getPage(side));
    expect(content).toMatch(/\S+ 1 -1 \S+ 0 0 cm/);
    expect(drawnForms(content).map((f) => f.sx.toFixed(4))).toEqual([(396 / 612).toFixed(4), (396 / 612).toFixed(4)]);
  });

  it('keeps title and language, and points bookmarks at the side holding their page', async () => {
    const source = await makeDeckDoc({ label: 'P', count: 8, size: LETTER });
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

  it('keeps the text drawn on a document not yet saved (a handout with a watermark)', async () => {
    const handout = await nup([{ pdf: await makeDeck({ label: 'S', count: 6 }), title: 'Charla del calor' }]);
    await addWatermark(handout, { text: 'BORRADOR' });
    const bytes = await savePdf(await imposeBooklet(handout));
    const texts = (await Promise.all([1, 2].map((n) => pageTextItems(bytes, n)))).map((items) => items.map((i) => i.str).join(' '));
    expect(texts[0]).toContain('Charla del calor');
    expect(texts[0]).toContain('1 / 2');
    expect(texts[0]).toContain('BORRADOR');
    // Every font the sheets name is there (drawn before a save, they are written only when flushed).
    const fonts = fontResources(await load(bytes));
    expect(fonts.count).toBeGreaterThan(0);
    expect(fonts.broken).toEqual([]);
  });

  it('still takes a sheet size in points', async () => {
    const doc = await load(await savePdf(await imposeBooklet(await makeDeck({ count: 4, size: SIZES['16:9'] }), { sheet: [1440, 540] })));
    expect([doc.getPage(0).getWidth(), doc.getPage(0).getHeight()]).toEqual([1440, 540]);
  });
});
