// Fixture PDFs built in memory, and ways to read results back: page text
// (pdfjs), content-stream operators, drawn rectangles.
import { decodePDFRawStream, degrees, PDFArray, PDFDocument, PDFName, PDFRawStream, PDFStream, StandardFonts, rgb, type PDFPage } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export const SIZES = {
  '16:9': [720, 405],
  '4:3': [720, 540],
  'A4 landscape': [841.89, 595.28],
  portrait: [595.28, 841.89],
} as const satisfies Record<string, readonly [number, number]>;

export interface DeckSpec {
  /** Label drawn on every slide before its number: `A1`, `A2`… */
  label?: string;
  count: number;
  /** One size for every slide, or a size per slide (cycled). */
  size?: readonly [number, number] | readonly (readonly [number, number])[];
  /** /Rotate for every page. */
  rotate?: number;
  title?: string;
  /** Leave these (0-based) pages without any content stream. */
  blank?: readonly number[];
}

/** A deck whose slide k shows the big text `${label}${k}` (1-based). */
export async function makeDeck(spec: DeckSpec): Promise<Uint8Array> {
  const doc = await makeDeckDoc(spec);
  return doc.save();
}

export async function makeDeckDoc(spec: DeckSpec): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  const label = spec.label ?? 'S';
  const sizes = spec.size === undefined ? [SIZES['16:9']] : isSizeList(spec.size) ? spec.size : [spec.size];
  for (let k = 1; k <= spec.count; k++) {
    const [w, h] = sizes[(k - 1) % sizes.length] ?? SIZES['16:9'];
    const page = doc.addPage([w, h]);
    if (spec.rotate) page.setRotation(degrees(spec.rotate));
    if (spec.blank?.includes(k - 1)) continue;
    page.drawRectangle({ x: 10, y: 10, width: w - 20, height: h - 20, color: rgb(0.9, 0.95, 1) });
    const text = `${label}${k}`;
    const size = Math.min(w, h) / 3;
    page.drawText(text, { x: (w - font.widthOfTextAtSize(text, size)) / 2, y: h / 3, size, font, color: rgb(0, 0, 0.5) });
  }
  if (spec.title) doc.setTitle(spec.title);
  return doc;
}

function isSizeList(s: NonNullable<DeckSpec['size']>): s is readonly (readonly [number, number])[] {
  return Array.isArray(s[0]);
}

/** The text of each page, items joined with spaces, in content order. */
export async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0, useSystemFonts: false, isEvalSupported: false }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).filter((s) => s.trim() !== '').join(' '));
  }
  await pdf.destroy();
  return texts;
}

/** Text items of a page with their positions (x, y of the baseline start), in content order. */
export async function pageTextItems(bytes: Uint8Array, pageNumber: number): Promise<{ str: string; x: number; y: number }[]> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
  const page = await pdf.getPage(pageNumber);
  const content = await page.getTextContent();
  const items = content.items.flatMap((item) =>
    'str' in item && item.str.trim() !== '' ? [{ str: item.str, x: Number(item.transform[4]), y: Number(item.transform[5]) }] : [],
  );
  await pdf.destroy();
  return items;
}

/** The decoded content stream(s) of a page, joined. */
export function contentOf(page: PDFPage): string {
  const ctx = page.doc.context;
  const contents = ctx.lookup(page.node.get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => ctx.lookup(r)) : [contents];
  return streams
    .map((s) => {
      if (s instanceof PDFRawStream) return Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');
      if (s instanceof PDFStream) return Buffer.from(s.getContents()).toString('latin1');
      return '';
    })
    .join('\n');
}

/** Straight lines stroked on their own (`m … l S`): note lines and rules, not rectangles (`h S`). */
export function strokedLines(content: string): number {
  return (content.match(/ l\s+S\b/g) ?? []).length;
}

/** Each form XObject drawn on the page with the scale factors pdf-lib applied (`sx 0 0 sy 0 0 cm … /Name Do`). */
export function drawnForms(content: string): { name: string; sx: number; sy: number; x: number; y: number }[] {
  const found: { name: string; sx: number; sy: number; x: number; y: number }[] = [];
  const re = /1 0 0 1 (\S+) (\S+) cm\s+(\S+) (\S+) (\S+) (\S+) 0 0 cm\s+(\S+) 0 0 (\S+) 0 0 cm\s+(?:\S+ \S+ \S+ \S+ 0 0 cm\s+)?\/(\S+) Do/g;
  for (const m of content.matchAll(re)) {
    found.push({ x: Number(m[1]), y: Number(m[2]), sx: Number(m[7]), sy: Number(m[8]), name: String(m[9]) });
  }
  return found;
}

export async function load(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}
