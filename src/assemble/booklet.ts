// Saddle-stitch imposition: pages two to a sheet side, in the order that
// reads correctly once the printed stack is folded in half and stapled, on
// sheets a printer takes (booklet-plan.ts decides where each page goes).
import { PDFDocument } from 'pdf-lib';
import { bookletPlan, bookletSheet, type BookletSheet, type BookletSheetName } from './booklet-plan.js';
import { drawInto, embedPagesOf, type DrawablePage, type QuarterTurn } from './embed-pages.js';
import { fitRect, type Rect } from './fit.js';
import { toDocument, type PdfInput } from './load.js';
import { copyMetadata } from './metadata.js';
import { readOutline, setOutline, type OutlineEntry } from './outline.js';

export { saddleStitchSides, describeSheet, parseBookletSheet, parseSignature, BOOKLET_SHEETS, type BookletSide, type BookletSheet, type BookletSheetName } from './booklet-plan.js';

export interface BookletOptions {
  /**
   * The sheet, landscape: `letter` (letter pages as a half-letter booklet),
   * `a4` (A4 pages as an A5 booklet), `tabloid` or `a3` (letter or A4 pages
   * at full size), or a size in points. Default: letter or A4, whichever the
   * pages are nearer to.
   */
  sheet?: BookletSheetName | readonly [number, number];
  /** Most sheets in one saddle-stitched signature; default 16 (64 pages). */
  signature?: number;
  /** Names the input in errors (a path). */
  file?: string;
}

export interface Booklet {
  doc: PDFDocument;
  sheet: BookletSheet;
  /** Sheets in each signature, in order. */
  signatures: number[];
}

/**
 * Imposes `input` for saddle stitching: each output page is one side of a
 * sheet with two pages side by side, each fitted (keeping its aspect ratio)
 * and centred in its half; a page the other way round (a landscape
 * certificate among portrait pages) is turned a quarter counter-clockwise to
 * fill its half, and never left on the back cover. Print duplex, flipping on
 * the short edge. The document information and /Lang are kept; bookmarks
 * open the side that holds their page.
 */
export async function makeBooklet(input: PdfInput, options: BookletOptions = {}): Promise<Booklet> {
  const source = await toDocument(input, options.file ?? 'input');
  const out = await PDFDocument.create({ updateMetadata: false });
  const pages = await embedPagesOf(out, source, options.file ?? 'input');
  const sheet = bookletSheet(pages, options.sheet);
  const half = { width: sheet.width / 2, height: sheet.height };
  const placed = pages.map((page) => placeInHalf(page, half));
  const last = placed[placed.length - 1];
  const plan = bookletPlan(pages.length, { signature: options.signature, blankBackCover: last?.turned ?? false });
  const sideOfPage = new Map<number, number>();
  plan.sides.forEach((side, s) => {
    const target = out.addPage([sheet.width, sheet.height]);
    side.forEach((number, k) => {
      if (number === null) return;
      sideOfPage.set(number - 1, s);
      const page = placed[number - 1];
      if (page) drawInto(target, page.page, { ...page.rect, x: page.rect.x + k * half.width });
    });
  });
  copyMetadata(source, out);
  setOutline(out, remap(readOutline(source), sideOfPage));
  return { doc: out, sheet, signatures: plan.signatures };
}

/** As makeBooklet, the imposed document alone. */
export async function imposeBooklet(input: PdfInput, options: BookletOptions = {}): Promise<PDFDocument> {
  return (await makeBooklet(input, options)).doc;
}

/**
 * Where `page` goes in the left half: as large as fits, centred, turned a
 * quarter when that makes it larger. A turned page is drawn as a page whose
 * /Rotate is 270° more (drawInto sets pages upright by their /Rotate).
 */
function placeInHalf(page: DrawablePage, half: { width: number; height: number }): { page: DrawablePage; rect: Rect; turned: boolean } {
  const box = { x: 0, y: 0, ...half };
  const upright = fitRect(page, box);
  const turnedPage: DrawablePage = {
    ...page,
    width: page.height,
    height: page.width,
    rotation: ((page.rotation + 270) % 360) as QuarterTurn,
  };
  const turned = fitRect(turnedPage, box);
  // A page only a little larger turned stays upright: turning is for a page the other way round.
  const area = (r: Rect): number => r.width * r.height;
  return area(turned) > area(upright) * 1.1 ? { page: turnedPage, rect: turned, turned: true } : { page, rect: upright, turned: false };
}

function remap(entries: readonly OutlineEntry[], sideOfPage: ReadonlyMap<number, number>): OutlineEntry[] {
  return entries.map((e) => {
    const moved: OutlineEntry = { ...e, pageIndex: sideOfPage.get(e.pageIndex) ?? 0 };
    if (e.children) moved.children = remap(e.children, sideOfPage);
    return moved;
  });
}
