// The fonts promokit draws text with in pdf-lib (handout headers, notes, page
// numbers, watermarks): the manuals' own, Atkinson Hyperlegible with Noto Sans
// for what it lacks, embedded with their Unicode cmap (ToUnicode). Never
// a standard-14 font: those are not embedded and know WinAnsi only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PDFDocument } from 'pdf-lib';
import { BUNDLED_FONTS, bundledFontPath, type FontStyle } from '../bundled-fonts.js';
import { FontStack } from './font-stack.js';

export interface FontSet {
  regular: FontStack;
  bold: FontStack;
}

/** Embeds the fonts into `doc`; called once per output document. */
export type FontLoader = (doc: PDFDocument) => Promise<FontSet>;

export type Weight = 'regular' | 'bold';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** The families in fallback order: the same list Typst sets text with. */
export const DRAWN_FONTS = BUNDLED_FONTS;
const STYLE: Record<Weight, FontStyle> = { regular: '400Regular', bold: '700Bold' };

let fontkit: Fontkit | undefined;
const bytes = new Map<Weight, Uint8Array[]>();

/** The TTF files of one weight, in fallback order, read once per process. */
function fontBytes(weight: Weight): Uint8Array[] {
  let found = bytes.get(weight);
  if (!found) {
    found = DRAWN_FONTS.map((f) => new Uint8Array(readFileSync(bundledFontPath(f, STYLE[weight]))));
    bytes.set(weight, found);
  }
  return found;
}

const capHeights = new Map<Weight, number>();
/** Cap height of the first font as a share of the size (pdf-lib measures only the ascent). */
function capHeight(weight: Weight, bytes: Uint8Array, kit: Fontkit): number {
  let h = capHeights.get(weight);
  if (h === undefined) {
    const font = kit.create(bytes);
    h = font.capHeight / font.unitsPerEm;
    capHeights.set(weight, h);
  }
  return h;
}

/**
 * One weight of the chain, embedded into `doc`. Atkinson Hyperlegible as a
 * subset (only the glyphs drawn are written). Noto Sans whole: pdf-lib's
 * subsetter loses most of its glyphs (they print blank), so it is embedded
 * as it is, and savePdf drops it again from a document that draws nothing
 * with it (the usual case: Spanish and English need Atkinson only).
 */
export async function embedFontStack(doc: PDFDocument, weight: Weight): Promise<FontStack> {
  fontkit ??= createRequire(import.meta.url)('@pdf-lib/fontkit') as Fontkit;
  doc.registerFontkit(fontkit);
  const faces = [];
  const files = fontBytes(weight);
  for (const [i, b] of files.entries()) faces.push(await doc.embedFont(b, { subset: i === 0 }));
  return new FontStack(faces, capHeight(weight, files[0]!, fontkit));
}

/**
 * Only the first font of the chain, as a subset: for what is drawn in digits
 * alone (page numbers), which it holds. Parsing and embedding the whole of
 * the fallbacks cost a joined edition about a second of work for nothing.
 */
export async function embedDigitsFont(doc: PDFDocument, weight: Weight = 'regular'): Promise<FontStack> {
  fontkit ??= createRequire(import.meta.url)('@pdf-lib/fontkit') as Fontkit;
  doc.registerFontkit(fontkit);
  const first = fontBytes(weight)[0]!;
  return new FontStack([await doc.embedFont(first, { subset: true })], capHeight(weight, first, fontkit));
}

export const embeddedFonts: FontLoader = async (doc) => ({
  regular: await embedFontStack(doc, 'regular'),
  bold: await embedFontStack(doc, 'bold'),
});
