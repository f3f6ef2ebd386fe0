// Where things go on a handout page: header, footer and one cell per slide,
// each cell split into the slide and its notes (beside or under it, whichever
// lets the slide be larger). Pure geometry, in PDF points.
import { InvalidPerPageError } from './errors.js';
import { fitRect, type Rect, type Size } from './fit.js';

export const PER_PAGE = [1, 2, 3, 4, 6, 9] as const;
export type PerPage = (typeof PER_PAGE)[number];

/** `--per-page` as given on a command line or in a config file. */
export function parsePerPage(value: string | number): PerPage {
  const n = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  const found = PER_PAGE.find((p) => p === n);
  if (found === undefined) throw new InvalidPerPageError(String(value));
  return found;
}

/** Columns × rows for each number of slides per page. */
const GRID: Readonly<Record<PerPage, readonly [number, number]>> = {
  1: [1, 1],
  2: [1, 2],
  3: [1, 3],
  4: [2, 2],
  6: [2, 3],
  9: [3, 3],
};

export const LAYOUT = {
  margin: 36,
  headerHeight: 20,
  headerGap: 12,
  footerHeight: 12,
  footerGap: 10,
  columnGap: 18,
  rowGap: 18,
  notesGap: 12,
  /** Notes get at least this share of a cell, along the side they are on. */
  notesShare: 0.4,
} as const;

export interface HandoutCell {
  /** The rectangle of the deck's first slide; other slides are fitted into it. */
  slide: Rect;
  /** Room for note lines or speaker notes; null when there are no notes. */
  notes: Rect | null;
}

export interface HandoutFrame {
  header: Rect;
  footer: Rect;
  cells: HandoutCell[];
  notesPlacement: 'beside' | 'below' | 'none';
}

/** The frame for `perPage` slides of size `slide` on a page of size `page`, with or without a notes area. */
export function handoutFrame(page: Size, perPage: PerPage, slide: Size, withNotes: boolean): HandoutFrame {
  const L = LAYOUT;
  const width = page.width - 2 * L.margin;
  const header = { x: L.margin, y: page.height - L.margin - L.headerHeight, width, height: L.headerHeight };
  const footer = { x: L.margin, y: L.margin, width, height: L.footerHeight };
  const top = header.y - L.headerGap;
  const bottom = footer.y + footer.height + L.footerGap;
  const [cols, rows] = GRID[perPage];
  const cellWidth = (width - (cols - 1) * L.columnGap) / cols;
  const cellHeight = (top - bottom - (rows - 1) * L.rowGap) / rows;
  const placement = withNotes ? choosePlacement({ width: cellWidth, height: cellHeight }, slide) : 'none';

  const cells: HandoutCell[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const cell = {
        x: L.margin + col * (cellWidth + L.columnGap),
        y: top - (row + 1) * cellHeight - row * L.rowGap,
        width: cellWidth,
        height: cellHeight,
      };
      cells.push(splitCell(cell, slide, placement));
    }
  }
  return { header, footer, cells, notesPlacement: placement };
}

/** Beside when that gives the larger slide (tall slides, wide cells), else below. */
function choosePlacement(cell: Size, slide: Size): 'beside' | 'below' {
  const at = { x: 0, y: 0, ...cell };
  return fitRect(slide, besideBox(at)).width >= fitRect(slide, belowBox(at)).width ? 'beside' : 'below';
}

/** The slide's share of a cell when notes are to its right. */
function besideBox(cell: Rect): Rect {
  return { ...cell, width: (cell.width - LAYOUT.notesGap) * (1 - LAYOUT.notesShare) };
}

/** The slide's share of a cell when notes are under it (at the top of the cell). */
function belowBox(cell: Rect): Rect {
  const height = (cell.height - LAYOUT.notesGap) * (1 - LAYOUT.notesShare);
  return { ...cell, y: cell.y + cell.height - height, height };
}

function splitCell(cell: Rect, slide: Size, placement: HandoutFrame['notesPlacement']): HandoutCell {
  const gap = LAYOUT.notesGap;
  if (placement === 'none') return { slide: fitRect(slide, cell), notes: null };
  if (placement === 'beside') {
    // Slide at the left, centred vertically; notes to its right, as tall as the slide.
    const rect = fitRect(slide, besideBox(cell), { x: 'start', y: 'center' });
    const x = rect.x + rect.width + gap;
    return { slide: rect, notes: { x, y: rect.y, width: cell.x + cell.width - x, height: rect.height } };
  }
  // Slide at the top, centred horizontally; notes under it, as wide as the slide.
  const rect = fitRect(slide, belowBox(cell), { x: 'center', y: 'end' });
  return { slide: rect, notes: { x: rect.x, y: cell.y, width: rect.width, height: rect.y - gap - cell.y } };
}
