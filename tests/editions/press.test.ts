// `build --press` on a real manual: every page has TrimBox and BleedBox and
// a MediaBox of trim + bleed + marks; the cover's colour band reaches into
// the bleed; its partner logo (a PNG with alpha, which Typst writes with a
// soft mask) is flattened; an sRGB output intent. With --booklet the sheets
// carry their labels in the manual's language.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageTransparency } from '../../src/assemble/flatten.js';
import { BLEED, pageBoxes, SLUG } from '../../src/assemble/press.js';
import { buildManuals } from '../../src/editions/build.js';
import { rgbaPng } from '../assemble/png.js';
import { contentOf, strokedLines } from '../assemble/fixtures.js';
import { demoManual, load, writeProject } from './fixture.js';
import { readPages } from './pdf-read.js';

describe('build --press', () => {
  let root: string;
  let flat: PDFDocument;
  let booklet: Uint8Array;
  beforeAll(async () => {
    const files = demoManual('prensa', 2);
    files['manuals/prensa/manual.yaml'] = String(files['manuals/prensa/manual.yaml']).replace('logo: img/clinica.svg', 'logo: img/clinica.png');
    // A round logo on a transparent background.
    files['manuals/prensa/img/clinica.png'] = rgbaPng(40, 20, (x, y) => ((x - 20) ** 2 + (y - 10) ** 2 < 81 ? [20, 90, 140, 255] : [255, 255, 255, 0]));
    root = writeProject(files);
    const out = join(root, 'out');
    const first = await buildManuals(load(root), { out, langs: ['es'], layout: 'single', press: true, sourceDateEpoch: '1700000000' });
    expect(first.failures.map((f) => f.format())).toEqual([]);
    expect(first.outputs.flatMap((o) => o.warnings)).toEqual([]);
    flat = await PDFDocument.load(readFileSync(join(out, 'prensa/prensa.es.pdf')), { updateMetadata: false });
    const second = await buildManuals(load(root), { out: join(root, 'out-booklet'), langs: ['es'], layout: 'single', press: true, booklet: true, sourceDateEpoch: '1700000000' });
    expect(second.failures.map((f) => f.format())).toEqual([]);
    booklet = new Uint8Array(readFileSync(join(root, 'out-booklet/prensa/prensa.es.pdf')));
  });

  it('gives every page a TrimBox of the letter page, a BleedBox 9 pt larger and a MediaBox with room for the marks', () => {
    expect(flat.getPageCount()).toBeGreaterThan(3);
    for (const page of flat.getPages()) {
      const { media, trim, bleed } = pageBoxes(page);
      expect(trim).toEqual([0, 0, 612, 792]);
      expect(bleed).toEqual([-BLEED, -BLEED, 612 + BLEED, 792 + BLEED]);
      expect(media).toEqual([-SLUG, -SLUG, 612 + SLUG, 792 + SLUG]);
      expect(strokedLines(contentOf(page))).toBeGreaterThanOrEqual(8);
    }
  });

  it('draws the cover band into the bleed: its rectangle starts above and beside the trim', () => {
    const content = contentOf(flat.getPage(0));
    // Typst draws the band flipped (1 0 0 -1 x y cm), from its top-left corner.
    const band = /1 0 0 -1 (-?[\d.]+) (-?[\d.]+) cm\s+\/\S+ cs\s+[\d. ]+scn\s+0 0 m\s+([\d.]+) 0 l/.exec(content);
    expect(band).not.toBeNull();
    const [x, top, width] = [Number(band![1]), Number(band![2]), Number(band![3])];
    expect(x).toBeCloseTo(-BLEED, 1);
    expect(top).toBeCloseTo(792 + BLEED, 1);
    expect(x + width).toBeCloseTo(612 + BLEED, 1);
  });

  it('leaves no soft mask and no constant alpha on the cover: the PNG logo is flattened onto white', () => {
    expect(pageTransparency(flat, flat.getPage(0))).toEqual([]);
    const xobjects = flat.context.lookup(flat.getPage(0).node.Resources()!.get(PDFName.of('XObject'))) as PDFDict;
    const images = xobjects.values().map((r) => flat.context.lookup(r)).filter((s): s is PDFRawStream => s instanceof PDFRawStream && s.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(image.dict.has(PDFName.of('SMask'))).toBe(false);
    // A corner pixel was transparent: now white.
    expect([...decodePDFRawStream(images[0]!).decode().slice(0, 3)]).toEqual([255, 255, 255]);
  });

  it('names an sRGB output intent with an ICC profile (acsp, RGB) and says the file is not trapped', () => {
    const intents = flat.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    const intent = flat.context.lookup(intents.get(intents.size() - 1)) as PDFDict;
    const icc = Buffer.from(decodePDFRawStream(flat.context.lookup(intent.get(PDFName.of('DestOutputProfile'))) as PDFRawStream).decode());
    expect(icc.toString('latin1', 36, 40)).toBe('acsp');
    expect(icc.toString('latin1', 16, 20)).toBe('RGB ');
    const info = flat.context.lookup(flat.context.trailerInfo.Info) as PDFDict;
    expect(info.get(PDFName.of('Trapped'))).toBe(PDFName.of('False'));
    // Not claimed as PDF/X: no version key.
    expect(info.has(PDFName.of('GTS_PDFXVersion'))).toBe(false);
  });

  it('is refused with --pdf-standard (crop marks break PDF/A and PDF/UA), before anything is written', async () => {
    const out = join(root, 'out-refused');
    await expect(buildManuals(load(root), { out, langs: ['es'], layout: 'single', press: true, pdfStandard: 'a-2b' })).rejects.toThrow(/--press and --pdf-standard a-2b/);
    expect(existsSync(out)).toBe(false);
  });

  it('labels each booklet sheet side in Spanish in the slug, and boxes the sheet', async () => {
    const pages = await readPages(booklet);
    expect(pages.length % 2).toBe(0);
    const labels = pages.map((p) => p.items.find((i) => i.str.startsWith('Hoja'))?.str);
    expect(labels.slice(0, 4)).toEqual(['Hoja 1 · frente', 'Hoja 1 · vuelta', 'Hoja 2 · frente', 'Hoja 2 · vuelta']);
    const doc = await PDFDocument.load(booklet, { updateMetadata: false });
    expect(pageBoxes(doc.getPage(0)).trim).toEqual([0, 0, 792, 612]);
    expect(pageBoxes(doc.getPage(0)).media).toEqual([-SLUG, -SLUG, 792 + SLUG, 612 + SLUG]);
  });
});
