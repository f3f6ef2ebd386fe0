// Where each page of a saddle-stitched booklet goes, without drawing
// anything: the sheet it is printed on (a size print shops stock), the
// signatures (folded stacks of sheets, each stapled through its fold) and
// the order of the pages on every sheet side.
import type { Size } from './fit.js';
import { InvalidAssembleOptionError } from './errors.js';

/** Standard sheets a booklet is printed on. */
export const BOOKLET_SHEETS = ['letter', 'a4', 'tabloid', 'a3'] as const;
export type BookletSheetName = (typeof BOOKLET_SHEETS)[number];

/** A sheet, landscape, in points: two pages side by side on each side of it. */
export interface BookletSheet {
  name: BookletSheetName | 'custom';
  width: number;
  height: number;
}

/** Landscape sizes in points (1/72 in). */
export const BOOKLET_SHEET_SIZES: Readonly<Record<BookletSheetName, readonly [number, number]>> = {
  letter: [792, 612], // 11 × 8.5 in: half-letter pages (5.5 × 8.5 in)
  a4: [841.89, 595.28], // A5 pages
  tabloid: [1224, 792], // 17 × 11 in: letter pages at full size
  a3: [1190.55, 841.89], // A4 pages at full size
};

/** Sheets a signature holds at most by default: 64 pages, what one staple through the fold still holds flat. */
export const DEFAULT_SIGNATURE_SHEETS = 16;

/** One side of a sheet: left and right page numbers (1-based), null for a blank. */
export type BookletSide = [left: number | null, right: number | null];

/**
 * The sheet for `choice`, or by default the standard sheet that holds two of
 * the pages at about half size: letter for letter pages (a half-letter
 * booklet), A4 for A4 pages (an A5 booklet), whichever is nearer otherwise.
 */
export function bookletSheet(pages: readonly Size[], choice?: BookletSheetName | readonly [number, number]): BookletSheet {
  if (Array.isArray(choice)) {
    const [width, height] = choice as readonly [number, number];
    if (!(width > 0 && height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) {
      throw new InvalidAssembleOptionError('booklet sheet', `${width} x ${height}`, 'a positive width and height in points');
    }
    return { name: 'custom', width, height };
  }
  const name = (choice as BookletSheetName | undefined) ?? nearestPaper(pages);
  if (!BOOKLET_SHEETS.includes(name)) {
    throw new InvalidAssembleOptionError('booklet sheet', String(name), `one of ${BOOKLET_SHEETS.join(', ')}`);
  }
  const [width, height] = BOOKLET_SHEET_SIZES[name];
  return { name, width, height };
}

/** `letter, 11 × 8.5 in`; `A4, 297 × 210 mm`. */
export function describeSheet(sheet: BookletSheet): string {
  const inches = (pt: number): string => String(Math.round((pt / 72) * 10) / 10);
  const mm = (pt: number): string => String(Math.round((pt / 72) * 25.4));
  switch (sheet.name) {
    case 'letter':
    case 'tabloid':
      return `${sheet.name}, ${inches(sheet.width)} × ${inches(sheet.height)} in`;
    case 'a4':
    case 'a3':
      return `${sheet.name.toUpperCase()}, ${mm(sheet.width)} × ${mm(sheet.height)} mm`;
    default:
      return `${Math.round(sheet.width)} × ${Math.round(sheet.height)} pt`;
  }
}

/** Letter or A4, whichever the largest page (turned upright) is closer to. */
function nearestPaper(pages: readonly Size[]): 'letter' | 'a4' {
  if (pages.length === 0) return 'letter';
  const short = Math.max(...pages.map((p) => Math.min(p.width, p.height)));
  const long = Math.max(...pages.map((p) => Math.max(p.width, p.height)));
  const off = (w: number, h: number): number => Math.abs(short - w) + Math.abs(long - h);
  return off(595.28, 841.89) < off(612, 792) ? 'a4' : 'letter';
}

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

export interface BookletPlan {
  /** Every sheet side in printing order, signature after signature. */
  sides: BookletSide[];
  /** Sheets in each signature, in order (their sum is sides.length / 2). */
  signatures: number[];
}

export interface PlanOptions {
  /** Most sheets in one signature; default DEFAULT_SIGNATURE_SHEETS. */
  signature?: number;
  /** Keep the last page off the back cover (a turned page): add blanks after it. */
  blankBackCover?: boolean;
}

/**
 * The booklet of `pageCount` pages: padded with blanks to a multiple of 4,
 * split into as few signatures as `signature` allows, of as equal a size as
 * possible (the earlier ones one sheet more), each imposed for saddle
 * stitching on its own. Stacked in order, the folded signatures read 1…n.
 */
export function bookletPlan(pageCount: number, options: PlanOptions = {}): BookletPlan {
  const max = options.signature ?? DEFAULT_SIGNATURE_SHEETS;
  if (!Number.isInteger(max) || max < 1) {
    throw new InvalidAssembleOptionError('booklet signature', String(max), 'a whole number of sheets, 1 or more');
  }
  let padded = Math.ceil(pageCount / 4) * 4;
  if (options.blankBackCover && pageCount > 0 && padded === pageCount) padded += 4;
  const sheets = padded / 4;
  const count = Math.ceil(sheets / max);
  const signatures = Array.from({ length: count }, (_, i) => Math.floor(sheets / count) + (i < sheets % count ? 1 : 0));
  const sides: BookletSide[] = [];
  let first = 0;
  for (const size of signatures) {
    const page = (p: number | null): number | null => (p === null || first + p > pageCount ? null : first + p);
    for (const [left, right] of saddleStitchSides(4 * size)) sides.push([page(left), page(right)]);
    first += 4 * size;
  }
  return { sides, signatures };
}

/** `--sheet letter|a4|tabloid|a3`. */
export function parseBookletSheet(value: string): BookletSheetName {
  const name = value.trim().toLowerCase();
  if (!(BOOKLET_SHEETS as readonly string[]).includes(name)) {
    throw new InvalidAssembleOptionError('--sheet', value, `one of ${BOOKLET_SHEETS.join(', ')}`);
  }
  return name as BookletSheetName;
}

/** `--signature <sheets>`: a whole number of sheets, 1 or more. */
export function parseSignature(value: string): number {
  const sheets = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(sheets >= 1)) throw new InvalidAssembleOptionError('--signature', value, 'a whole number of sheets, 1 or more');
  return sheets;
}

/** The line a command prints under its summary: which paper to load and how to print it. */
export function bookletNote(sheet: BookletSheet): string {
  return `booklet sheets: ${describeSheet(sheet)}; print on both sides, flipping on the short edge, then fold and staple`;
}

/** The booklet the CLI options ask for: --sheet or --signature imply --booklet. */
export function bookletChoice(opts: { booklet?: boolean; sheet?: BookletSheetName; signature?: number }): false | { sheet?: BookletSheetName; signature?: number } {
  if (!opts.booklet && opts.sheet === undefined && opts.signature === undefined) return false;
  return { ...(opts.sheet ? { sheet: opts.sheet } : {}), ...(opts.signature ? { signature: opts.signature } : {}) };
}
