// Print-shop output (--press): every page gets a bleed, crop marks outside
// it, a TrimBox and a BleedBox; the document an sRGB output intent; the
// cover no transparency. Typst draws the cover's colour bands 9 pt past the
// page edge (invisible on a normal page), so once the MediaBox grows here
// they fill the bleed. Not claimed as PDF/X (no GTS_PDFXVersion): see
// docs/printing.md for what a preflight would still object to.
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFString,
  pushGraphicsState,
  popGraphicsState,
  setLineWidth,
  moveTo,
  lineTo,
  stroke,
  PDFOperator,
  PDFOperatorNames as Ops,
  rgb,
  type PDFDocument,
  type PDFPage,
} from 'pdf-lib';
import { drawRuns, type FontStack } from './font-stack.js';
import { flattenPageTransparency, pageTransparency } from './flatten.js';
import { SRGB_DESCRIPTION, srgbIccProfile } from './icc-srgb.js';

/** 0.125 in = 3.175 mm: the bleed US print shops ask for, and at least the 3 mm of ISO shops. */
export const BLEED = 9;
/** Crop marks start this far outside the trim (clear of the bleed) and are this long. */
export const MARK_OFFSET = BLEED + 3;
export const MARK_LENGTH = 18;
/** What the MediaBox adds on each side of the trim: bleed, gap and marks. */
export const SLUG = MARK_OFFSET + MARK_LENGTH + 3;
const MARK_WIDTH = 0.25;
const LABEL_SIZE = 7;

export interface PressOptions {
  /** Pages (0-based) that are covers: their transparency is flattened. Default: the first. */
  coverPages?: readonly number[];
  /**
   * A line of small print in the slug under each page, outside the trim (a
   * booklet's "Hoja 3 · frente" for collating), in the given fonts.
   */
  slugLabel?: { text: (page: number) => string; font: FontStack };
}

export interface PressResult {
  /** What is still transparent on a cover (a mask the flattening cannot read), one line each. */
  transparency: string[];
}

/** Makes `doc` press-ready in place (see the file comment). */
export function makePressReady(doc: PDFDocument, options: PressOptions = {}): PressResult {
  const transparency: string[] = [];
  const pages = doc.getPages();
  for (const index of options.coverPages ?? [0]) {
    const page = pages[index];
    if (!page) continue;
    flattenPageTransparency(doc, page);
    for (const left of pageTransparency(doc, page)) transparency.push(`page ${index + 1}: ${left}`);
  }
  const registration = registrationColourSpace(doc);
  pages.forEach((page, i) => {
    const trim = page.getMediaBox();
    addBleedAndMarks(page, registration);
    if (options.slugLabel) drawSlugLabel(page, trim, options.slugLabel.text(i), options.slugLabel.font);
  });
  addOutputIntent(doc);
  // PDF/X wants it said whether the file is trapped; promokit does not trap.
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (info instanceof PDFDict) info.set(PDFName.of('Trapped'), PDFName.of('False'));
  return { transparency };
}

/** Trim = the page as Typst made it; bleed and slug around it; marks in the slug. */
function addBleedAndMarks(page: PDFPage, registration: PDFArray): void {
  const trim = page.getMediaBox();
  page.setTrimBox(trim.x, trim.y, trim.width, trim.height);
  page.setBleedBox(trim.x - BLEED, trim.y - BLEED, trim.width + 2 * BLEED, trim.height + 2 * BLEED);
  page.setMediaBox(trim.x - SLUG, trim.y - SLUG, trim.width + 2 * SLUG, trim.height + 2 * SLUG);
  // A CropBox of an input page would hide the slug: the visible page is the MediaBox.
  page.node.delete(PDFName.of('CropBox'));
  page.node.delete(PDFName.of('ArtBox'));
  const name = addColourSpace(page, registration);
  const left = trim.x;
  const right = trim.x + trim.width;
  const bottom = trim.y;
  const top = trim.y + trim.height;
  const ops: PDFOperator[] = [pushGraphicsState(), setLineWidth(MARK_WIDTH), PDFOperator.of(Ops.StrokingColorspace, [name]), PDFOperator.of(Ops.StrokingColorN, [PDFNumber.of(1)])];
  for (const y of [bottom, top]) {
    for (const [from, to] of [[left - MARK_OFFSET, left - MARK_OFFSET - MARK_LENGTH], [right + MARK_OFFSET, right + MARK_OFFSET + MARK_LENGTH]] as const) {
      ops.push(moveTo(from, y), lineTo(to, y), stroke());
    }
  }
  for (const x of [left, right]) {
    for (const [from, to] of [[bottom - MARK_OFFSET, bottom - MARK_OFFSET - MARK_LENGTH], [top + MARK_OFFSET, top + MARK_OFFSET + MARK_LENGTH]] as const) {
      ops.push(moveTo(x, from), lineTo(x, to), stroke());
    }
  }
  ops.push(popGraphicsState());
  page.pushOperators(...ops);
}

/** The label in the slug under the trim, between the crop marks, in plain black (not on every plate, as the marks are). */
function drawSlugLabel(page: PDFPage, trim: { x: number; y: number }, text: string, font: FontStack): void {
  const clean = font.clean(text);
  if (clean === '') return;
  drawRuns(page, clean, font, { x: trim.x + MARK_OFFSET + 6, y: trim.y - BLEED - LABEL_SIZE - 2, size: LABEL_SIZE, color: rgb(0, 0, 0) });
}

/** Registers `space` in the page's resources under a name it does not use yet. */
function addColourSpace(page: PDFPage, space: PDFArray): PDFName {
  page.node.normalize();
  const resources = page.node.Resources()!;
  const ctx = page.doc.context;
  let spaces = ctx.lookup(resources.get(PDFName.of('ColorSpace')));
  if (!(spaces instanceof PDFDict)) {
    spaces = ctx.obj({});
    resources.set(PDFName.of('ColorSpace'), spaces as PDFDict);
  }
  const dict = spaces as PDFDict;
  for (const [name, value] of dict.entries()) if (value === space) return name; // resources shared by pages
  let i = 0;
  while (dict.has(PDFName.of(`PressReg${i}`))) i++;
  const name = PDFName.of(`PressReg${i}`);
  dict.set(name, space);
  return name;
}

/**
 * Registration black: the Separation "All", which a RIP prints on every
 * plate, so the marks show on each one and line the plates up.
 */
function registrationColourSpace(doc: PDFDocument): PDFArray {
  const ctx = doc.context;
  const tint = ctx.obj({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: [1, 1, 1, 1], N: 1 });
  return ctx.obj([PDFName.of('Separation'), PDFName.of('All'), PDFName.of('DeviceCMYK'), ctx.register(tint)]);
}

/** The catalog's /OutputIntents gains an sRGB one (a PDF/A intent of Typst's stays). */
function addOutputIntent(doc: PDFDocument): void {
  const ctx = doc.context;
  const profile = ctx.register(ctx.flateStream(srgbIccProfile(), { N: 3 }));
  const intent = ctx.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputCondition: PDFString.of(SRGB_DESCRIPTION),
    OutputConditionIdentifier: PDFString.of(SRGB_DESCRIPTION),
    RegistryName: PDFString.of('http://www.color.org'),
    Info: PDFString.of(SRGB_DESCRIPTION),
    DestOutputProfile: profile,
  });
  const key = PDFName.of('OutputIntents');
  const existing = doc.catalog.lookupMaybe(key, PDFArray);
  if (existing) existing.push(ctx.register(intent));
  else doc.catalog.set(key, ctx.obj([ctx.register(intent)]));
}

/** The page's boxes as numbers, for tests and summaries. */
export function pageBoxes(page: PDFPage): Record<'media' | 'trim' | 'bleed', [number, number, number, number]> {
  const box = (r: { x: number; y: number; width: number; height: number }): [number, number, number, number] => [r.x, r.y, r.x + r.width, r.y + r.height];
  return { media: box(page.getMediaBox()), trim: box(page.getTrimBox()), bleed: box(page.getBleedBox()) };
}

export interface SheetWords {
  sheet: string;
  front: string;
  back: string;
}

/** For a booklet's sides in printing order: "Hoja 3 · frente", "Hoja 3 · vuelta". */
export function bookletSideLabel(words: SheetWords): (page: number) => string {
  return (page) => `${words.sheet} ${Math.floor(page / 2) + 1} · ${page % 2 === 0 ? words.front : words.back}`;
}

/** Every label of `pages` pages joined: the text to embed fonts for. */
export function labelsOf(text: (page: number) => string, pages: number): string {
  return Array.from({ length: pages }, (_, i) => text(i)).join('\n');
}
