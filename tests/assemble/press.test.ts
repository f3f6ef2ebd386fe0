// --press on any document: bleed and slug around every page, TrimBox and
// BleedBox, crop marks in registration black, an sRGB output intent with a
// valid ICC profile, the cover's transparency flattened, booklet sheets
// labelled outside the trim.
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { makeBooklet } from '../../src/assemble/booklet.js';
import { embedFontStack } from '../../src/assemble/fonts.js';
import { pageTransparency } from '../../src/assemble/flatten.js';
import { srgbIccProfile } from '../../src/assemble/icc-srgb.js';
import { BLEED, bookletSideLabel, makePressReady, MARK_OFFSET, pageBoxes, SLUG } from '../../src/assemble/press.js';
import { savePdf } from '../../src/assemble/save.js';
import { readPages } from '../editions/pdf-read.js';
import { contentOf, makeDeck, strokedLines } from './fixtures.js';
import { rgbaPng } from './png.js';

async function pressed(build: (doc: PDFDocument) => Promise<void> | void): Promise<{ doc: PDFDocument; transparency: string[] }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  await build(doc);
  const { transparency } = makePressReady(doc);
  return { doc: await PDFDocument.load(await savePdf(doc), { updateMetadata: false }), transparency };
}

/** The first image XObject of a page's resources, with its dictionary. */
function firstImage(doc: PDFDocument, pageIndex: number): PDFRawStream {
  const resources = doc.getPage(pageIndex).node.Resources()!;
  const xobjects = doc.context.lookup(resources.get(PDFName.of('XObject'))) as PDFDict;
  return doc.context.lookup(xobjects.values()[0] as PDFRef) as PDFRawStream;
}

describe('makePressReady', () => {
  it('adds 9 pt of bleed and a slug for the marks around every page, portrait and landscape, with TrimBox and BleedBox', async () => {
    const { doc } = await pressed((d) => {
      d.addPage([612, 792]);
      d.addPage([792, 612]);
    });
    for (const [i, [w, h]] of [[612, 792], [792, 612]].entries()) {
      const boxes = pageBoxes(doc.getPage(i));
      expect(boxes.trim).toEqual([0, 0, w, h]);
      expect(boxes.bleed).toEqual([-BLEED, -BLEED, w! + BLEED, h! + BLEED]);
      expect(boxes.media).toEqual([-SLUG, -SLUG, w! + SLUG, h! + SLUG]);
    }
    expect(BLEED).toBe(9); // 0.125 in = 3.175 mm
  });

  it('draws eight crop marks a page, outside the bleed, in the registration colour (Separation /All)', async () => {
    const { doc } = await pressed((d) => {
      d.addPage([612, 792]).drawRectangle({ x: 0, y: 0, width: 612, height: 200, color: rgb(0.1, 0.3, 0.5) });
    });
    const content = contentOf(doc.getPage(0));
    expect(strokedLines(content)).toBe(8);
    // Every mark's end points lie outside the bleed box on at least one axis.
    const marks = content.slice(content.indexOf('/PressReg0 CS'));
    const ends = [...marks.matchAll(/(-?[\d.]+) (-?[\d.]+) [ml]\b/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(ends).toHaveLength(16);
    for (const [x, y] of ends) expect(x <= -MARK_OFFSET || x >= 612 + MARK_OFFSET || y <= -MARK_OFFSET || y >= 792 + MARK_OFFSET).toBe(true);
    const spaces = doc.context.lookup(doc.getPage(0).node.Resources()!.get(PDFName.of('ColorSpace'))) as PDFDict;
    expect(spaces.values().map((v) => v.toString()).join(' ')).toContain('/Separation /All /DeviceCMYK');
  });

  it('names an sRGB output intent whose ICC profile says acsp, RGB, XYZ and holds the matrix/TRC tags', async () => {
    const { doc } = await pressed((d) => void d.addPage([612, 792]));
    const intents = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    const intent = doc.context.lookup(intents.get(0)) as PDFDict;
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFX'));
    expect(intent.get(PDFName.of('OutputConditionIdentifier'))?.toString()).toContain('sRGB IEC61966-2.1');
    const stream = doc.context.lookup(intent.get(PDFName.of('DestOutputProfile'))) as PDFRawStream;
    expect(stream.dict.get(PDFName.of('N'))?.toString()).toBe('3');
    const icc = Buffer.from(decodePDFRawStream(stream).decode());
    expect(icc.readUInt32BE(0)).toBe(icc.length);
    expect(icc.toString('latin1', 36, 40)).toBe('acsp');
    expect(icc.toString('latin1', 16, 20)).toBe('RGB ');
    expect(icc.toString('latin1', 20, 24)).toBe('XYZ ');
    expect(icc.toString('latin1', 12, 16)).toBe('mntr');
    expect(icc.readUInt32BE(8) >>> 24).toBe(2);
    const tags = new Map<string, [number, number]>();
    for (let k = 0; k < icc.readUInt32BE(128); k++) tags.set(icc.toString('latin1', 132 + k * 12, 136 + k * 12), [icc.readUInt32BE(136 + k * 12), icc.readUInt32BE(140 + k * 12)]);
    expect([...tags.keys()].sort()).toEqual(['bTRC', 'bXYZ', 'cprt', 'desc', 'gTRC', 'gXYZ', 'rTRC', 'rXYZ', 'wtpt']);
    for (const [sig, [offset, size]] of tags) {
      expect(offset + size, sig).toBeLessThanOrEqual(icc.length);
      expect(offset % 4, sig).toBe(0);
    }
    const type = (sig: string): string => icc.toString('latin1', tags.get(sig)![0], tags.get(sig)![0] + 4);
    expect([type('desc'), type('rXYZ'), type('rTRC'), type('wtpt')]).toEqual(['desc', 'XYZ ', 'curv', 'XYZ ']);
    // The colorants add up to the D50 white (X 0.9642, Y 1, Z 0.8249).
    const xyz = (sig: string): number[] => [0, 1, 2].map((i) => icc.readInt32BE(tags.get(sig)![0] + 8 + i * 4) / 65536);
    const white = [0, 1, 2].map((i) => xyz('rXYZ')[i]! + xyz('gXYZ')[i]! + xyz('bXYZ')[i]!);
    white.forEach((v, i) => expect(v).toBeCloseTo([0.9642, 1, 0.8249][i]!, 3));
    // The tone curve: 0 at black, 65535 at white, rising, about 0.214 (linear) at mid-grey.
    const [curve] = tags.get('rTRC')!;
    const n = icc.readUInt32BE(curve + 8);
    const at = (i: number): number => icc.readUInt16BE(curve + 12 + i * 2);
    expect([at(0), at(n - 1)]).toEqual([0, 65535]);
    for (let i = 1; i < n; i++) expect(at(i)).toBeGreaterThanOrEqual(at(i - 1));
    expect(at(Math.round((n - 1) * 0.5)) / 65535).toBeCloseTo(0.214, 2);
    expect(srgbIccProfile()).toEqual(srgbIccProfile()); // the same bytes every time
  });

  it('blends a logo with an alpha channel on the cover onto white and drops its soft mask', async () => {
    // Left half opaque red, right half fully transparent.
    const png = rgbaPng(4, 2, (x) => (x < 2 ? [255, 0, 0, 255] : [255, 0, 0, 0]));
    const { doc, transparency } = await pressed(async (d) => {
      const image = await d.embedPng(png);
      d.addPage([612, 792]).drawImage(image, { x: 100, y: 100, width: 40, height: 20 });
      await d.flush();
      expect(pageTransparency(d, d.getPage(0))).toEqual([expect.stringMatching(/image .* has a soft mask/)]);
    });
    expect(transparency).toEqual([]);
    const image = firstImage(doc, 0);
    expect(image.dict.has(PDFName.of('SMask'))).toBe(false);
    const pixels = [...decodePDFRawStream(image).decode()];
    expect(pixels.slice(0, 12)).toEqual([255, 0, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255]);
    expect(pageTransparency(doc, doc.getPage(0))).toEqual([]);
  });

  it('reports what it cannot flatten: a cover drawn with 50 % opacity', async () => {
    const { transparency } = await pressed((d) => {
      d.addPage([612, 792]).drawRectangle({ x: 0, y: 0, width: 100, height: 100, color: rgb(1, 0, 0), opacity: 0.5 });
    });
    expect(transparency).toEqual([expect.stringMatching(/^page 1: graphics state .* has \/ca 0\.5$/)]);
  });

  it('labels each side of a booklet sheet in the slug, outside the trim: "Hoja 2 · vuelta"', async () => {
    const { doc } = await makeBooklet(await makeDeck({ count: 8, size: [612, 792] }));
    makePressReady(doc, { slugLabel: { text: bookletSideLabel({ sheet: 'Hoja', front: 'frente', back: 'vuelta' }), font: await embedFontStack(doc, 'regular') } });
    const bytes = await savePdf(doc);
    const pages = await readPages(bytes);
    expect(pages.map((p) => p.items.map((i) => i.str).join('').match(/Hoja \d · \S+/)?.[0])).toEqual(['Hoja 1 · frente', 'Hoja 1 · vuelta', 'Hoja 2 · frente', 'Hoja 2 · vuelta']);
    // Below the trim (y < 0), between the bleed and the slug's edge.
    const reloaded = await PDFDocument.load(bytes);
    for (const page of pages) {
      const label = page.items.find((i) => i.str.startsWith('Hoja'))!;
      expect(label.y).toBeLessThan(-BLEED);
      expect(label.y).toBeGreaterThan(-SLUG);
    }
    expect(pageBoxes(reloaded.getPage(0)).trim).toEqual([0, 0, 792, 612]);
  });
});
