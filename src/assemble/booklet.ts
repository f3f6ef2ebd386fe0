// Saddle-stitch imposition: pages two to a sheet side, in the order that
// reads correctly once the printed stack is folded in half and stapled.
import { PDFDocument } from 'pdf-lib';
import { InvalidAssembleOptionError } from './errors.js';
import { drawFitted, embedPagesOf } from './embed-pages.js';
import { toDocument, type PdfInput } from './load.js';
import { copyMetadata } from './metadata.js';
import { readOutline, setOutline, type OutlineEntry } from './outline.js';

/** One side of a sheet: left and right page numbers (1-based), null for a blank. */
export type BookletSide = [left: number | null, right: number | null];

/**
 * Sides in printing order (sheet 1 front, sheet 1 back, sheet 2 front, …) for
 * `pageCount` pages padded with blanks to a multiple of 4. For 8 pages:
 * [8,1] [2,7] [6,3] [4,5].
 */
export function saddleStitchSides(pageCount: number): BookletSide[] {
  if (!Number.isInteger(pageCount) || pageCount < 0) {
    throw new RangeError(`page count must be a whole number, not ${pageCount}`);
  }
  const n = Math.ceil(pageCount / 4) * 4;
  const page = (p: number): number | null => (p <= pageCount ? p : null);
  const sides: BookletSide[] = [];
  for (let sheet = 0; sheet < n / 4; sheet++) {
    const outer = 2 * sheet + 1;
    sides.push([page(n - 2 * sheet), page(outer)]); // front
    sides.push([page(outer + 1), page(n - 2 * sheet - 1)]); // back
  }
  return sides;
}

export interface BookletOptions {
  /**
   * Sheet size in points, landscape. Default: twice the widest page by the
   * tallest one, so pages print at full size. Pass e.g. [792, 612] to print a
   * letter document as a half-letter booklet on letter paper.
   */
  sheet?: readonly [number, number];
  /** Names the input in errors (a path). */
  file?: string;
}

/**
 * Imposes `input` for saddle stitching: each output page is one side of a
 * sheet with two pages side by side, each fitted (keeping its aspect ratio)
 * and centred in its half. Print duplex, flipping on the short edge. The
 * document information and /Lang are kept; bookmarks open the side that
 * holds their page.
 */
export async function imposeBooklet(input: PdfInput, options: BookletOptions = {}): Promise<PDFDocument> {
  const source = await toDocument(input, options.file ?? 'input');
  const out = await PDFDocument.create({ updateMetadata: false });
  const pages = await embedPagesOf(out, source, options.file ?? 'input');
  const [width, height] = options.sheet ?? [
    2 * Math.max(...pages.map((p) => p.width)),
    Math.max(...pages.map((p) => p.height)),
  ];
  if (!(width > 0 && height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) {
    throw new InvalidAssembleOptionError('booklet sheet', `${width} x ${height}`, 'a positive width and height in points');
  }
  const half = width / 2;
  const sideOfPage = new Map<number, number>();
  saddleStitchSides(pages.length).forEach((side, s) => {
    const sheet = out.addPage([width, height]);
    side.forEach((number, k) => {
      const page = number === null ? undefined : pages[number - 1];
      if (number !== null) sideOfPage.set(number - 1, s);
      if (page) drawFitted(sheet, page, { x: k * half, y: 0, width: half, height });
    });
  });
  copyMetadata(source, out);
  setOutline(out, remap(readOutline(source), sideOfPage));
  return out;
}

function remap(entries: readonly OutlineEntry[], sideOfPage: ReadonlyMap<number, number>): OutlineEntry[] {
  return entries.map((e) => {
    const moved: OutlineEntry = { ...e, pageIndex: sideOfPage.get(e.pageIndex) ?? 0 };
    if (e.children) moved.children = remap(e.children, sideOfPage);
    return moved;
  });
}
