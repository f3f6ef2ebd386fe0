// Page numbers drawn onto finished pages, so that a document merged from
// parts typeset apart (a packet) is numbered through; and /PageLabels, so a
// viewer's page box shows the same numbers.
import { grayscale, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { visibleBox } from './embed-pages.js';
import { embedFontStack } from './fonts.js';
import { toDocument, type PdfInput } from './load.js';
import { drawTextLine } from './text-box.js';

/** Distance of the number's box from the foot of the page, and its height (as a handout's footer). */
const FOOT = 36;
const HEIGHT = 12;
const INK = grayscale(0.4);

/** `input` with `first`, `first + 1`… centred at the foot of its pages; a loaded document is changed in place. */
export async function numberPages(input: PdfInput, first: number, file = 'input'): Promise<PDFDocument> {
  const doc = await toDocument(input, file);
  const font = await embedFontStack(doc, 'regular', '0123456789');
  doc.getPages().forEach((page, i) => {
    const { box } = visibleBox(page);
    drawTextLine(page, String(first + i), { x: box.x + FOOT, y: box.y + FOOT, width: box.width - 2 * FOOT, height: HEIGHT }, { font, size: 9, color: INK }, 'center');
  });
  return doc;
}

/** Page labels 1, 2, 3… for the whole document (the numbers numberPages draws, counted from the first page). */
export function setDecimalPageLabels(doc: PDFDocument): void {
  const ctx = doc.context;
  const style = ctx.obj({ S: PDFName.of('D'), St: PDFNumber.of(1) });
  doc.catalog.set(PDFName.of('PageLabels'), ctx.obj({ Nums: [PDFNumber.of(0), style] }));
}
