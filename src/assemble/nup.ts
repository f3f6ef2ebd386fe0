// N-up handouts: the slides of one or more decks, 1 to 9 to a page, scaled
// to fit and kept vector (embedded as Form XObjects), with ruled note lines
// or the speaker notes beside or under each slide, a title header per deck
// and "n / total" page numbers.
import { grayscale, PDFDocument, type PDFPage } from 'pdf-lib';
import { InvalidPerPageError, NotesCountError } from './errors.js';
import { drawFitted, embedPagesOf, type DrawablePage } from './embed-pages.js';
import type { Rect } from './fit.js';
import { embeddedFonts, type FontLoader, type FontSet } from './fonts.js';
import { handoutFrame, LAYOUT, PER_PAGE, type HandoutCell, type PerPage } from './handout-layout.js';
import { allInOrder, toDocument, type PdfInput } from './load.js';
import { paperSize, type Paper } from './paper.js';
import { drawTextBlock, drawTextLine } from './text-box.js';

export type { PerPage } from './handout-layout.js';
export { PER_PAGE, parsePerPage } from './handout-layout.js';

export interface NupDeck {
  pdf: PdfInput;
  /** Names the deck in errors (a path); default `deck N`. */
  file?: string;
  /** Printed in the header of each of the deck's pages. */
  title?: string;
  /** Speaker notes, one per slide in order; printed instead of note lines. */
  notes?: readonly (string | undefined)[];
}

export interface NupOptions {
  /** Slides per page: 1, 2, 3, 4, 6 or 9 (default 3). */
  perPage?: PerPage;
  /** Ruled lines for handwritten notes beside/under each slide (default true). */
  lines?: boolean;
  /** Paper, portrait (default letter). */
  paper?: Paper;
  /** "n / total" in the footer (default true). */
  pageNumbers?: boolean;
  /** Fonts for header, footer and notes (default the embedded Atkinson Hyperlegible + Noto Sans chain). */
  fonts?: FontLoader;
}

/** Note-line spacing and notes text size by slides per page: smaller cells, tighter lines. */
const NOTES_STYLE: Readonly<Record<PerPage, { lineSpacing: number; textSize: number }>> = {
  1: { lineSpacing: 20, textSize: 11 },
  2: { lineSpacing: 20, textSize: 10 },
  3: { lineSpacing: 18, textSize: 9 },
  4: { lineSpacing: 16, textSize: 9 },
  6: { lineSpacing: 16, textSize: 8 },
  9: { lineSpacing: 14, textSize: 7 },
};
const INK = grayscale(0.15);
const BORDER = grayscale(0.55);
const RULE = grayscale(0.7);
const FOOTER_INK = grayscale(0.4);


/** Number of handout pages for `slides` slides at `perPage` a page. */
export function handoutPageCount(slides: number, perPage: PerPage): number {
  return Math.ceil(slides / perPage);
}

/** Builds the handout. Each deck starts on a new page with its own header. */
export async function nup(decks: readonly NupDeck[], options: NupOptions = {}): Promise<PDFDocument> {
  const perPage = options.perPage ?? 3;
  if (!PER_PAGE.includes(perPage)) throw new InvalidPerPageError(String(perPage));
  const lines = options.lines ?? true;
  const [width, height] = paperSize(options.paper ?? 'letter');

  const out = await PDFDocument.create({ updateMetadata: false });
  // All it will draw: titles, notes, page numbers and the ellipsis of a text cut short.
  const drawn = ['0123456789 /…', ...decks.flatMap((d) => [d.title ?? '', ...(d.notes ?? []).map((n) => n ?? '')])].join('\n');
  const fonts = await (options.fonts ?? embeddedFonts)(out, drawn);

  const sources = await allInOrder(decks.map(async (deck, i) => {
    const file = deck.file ?? `deck ${i + 1}`;
    const doc = await toDocument(deck.pdf, file);
    const notes = deck.notes ?? [];
    if (notes.length > doc.getPageCount()) throw new NotesCountError(file, notes.length, doc.getPageCount());
    return { deck, file, doc, notes };
  }));
  const total = sources.reduce((sum, s) => sum + handoutPageCount(s.doc.getPageCount(), perPage), 0);

  let pageNumber = 0;
  for (const { deck, file, doc, notes } of sources) {
    const slides = await embedPagesOf(out, doc, file);
    const first = slides[0];
    if (!first) continue;
    const hasNotes = lines || notes.some((n) => n !== undefined && n.trim() !== '');
    const frame = handoutFrame({ width, height }, perPage, first, hasNotes);
    for (let start = 0; start < slides.length; start += perPage) {
      const page = out.addPage([width, height]);
      pageNumber++;
      if (deck.title) drawTextLine(page, deck.title, frame.header, { font: fonts.bold, size: 12, minSize: 8, color: INK });
      drawHeaderRule(page, frame.header);
      if (options.pageNumbers ?? true) {
        drawTextLine(page, `${pageNumber} / ${total}`, frame.footer, { font: fonts.regular, size: 9, color: FOOTER_INK }, 'center');
      }
      slides.slice(start, start + perPage).forEach((slide, k) => {
        const cell = frame.cells[k];
        if (cell) drawCell(page, cell, slide, notes[start + k], { lines, perPage, fonts });
      });
    }
  }
  return out;
}

function drawCell(
  page: PDFPage,
  cell: HandoutCell,
  slide: DrawablePage,
  note: string | undefined,
  how: { lines: boolean; perPage: PerPage; fonts: FontSet },
): void {
  const rect = drawFitted(page, slide, cell.slide);
  page.drawRectangle({ ...rect, borderColor: BORDER, borderWidth: 0.5 });
  if (!cell.notes) return;
  const style = NOTES_STYLE[how.perPage];
  if (note !== undefined && note.trim() !== '') {
    drawTextBlock(page, note, cell.notes, { font: how.fonts.regular, size: style.textSize, minSize: 6, color: INK });
  } else if (how.lines) {
    drawNoteLines(page, cell.notes, style.lineSpacing);
  }
}

/** Horizontal rules every `spacing` points from the top of `box`, the last one no lower than its bottom. */
function drawNoteLines(page: PDFPage, box: Rect, spacing: number): void {
  const top = box.y + box.height;
  for (let y = top - spacing; y >= box.y - 0.01; y -= spacing) {
    page.drawLine({ start: { x: box.x, y }, end: { x: box.x + box.width, y }, thickness: 0.5, color: RULE });
  }
}

function drawHeaderRule(page: PDFPage, header: Rect): void {
  const y = header.y - LAYOUT.headerGap / 2;
  page.drawLine({ start: { x: header.x, y }, end: { x: header.x + header.width, y }, thickness: 0.5, color: RULE });
}
