// The fonts promokit draws text with in pdf-lib (handout headers, notes, page
// numbers, watermarks): the manuals' own, Atkinson Hyperlegible with Noto Sans
// and Noto Sans Math for what it lacks, embedded with their Unicode cmap (ToUnicode). Never
// a standard-14 font: those are not embedded and know WinAnsi only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { BUNDLED_FONTS, bundledFontPath, type FontStyle } from '../bundled-fonts.js';
import { FontStack } from './font-stack.js';

export interface FontSet {
  regular: FontStack;
  bold: FontStack;
}

/**
 * Embeds the fonts into `doc`; called once per output document. `needs`:
 * every text that will be drawn, when known; then a fallback font none of it
 * needs is left out (see embedFontStack).
 */
export type FontLoader = (doc: PDFDocument, needs?: string) => Promise<FontSet>;

export type Weight = 'regular' | 'bold';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** The families in fallback order: the same list Typst sets text with. */
export const DRAWN_FONTS = BUNDLED_FONTS;
const STYLE: Record<Weight, FontStyle> = { regular: '400Regular', bold: '700Bold' };

let fontkit: Fontkit | undefined;
const bytes = new Map<string, Uint8Array>();

/** The TTF files of one weight, in fallback order, each read once per process. */
function fontFiles(weight: Weight): { path: string; bytes: Uint8Array }[] {
  return DRAWN_FONTS.map((f) => {
    const path = bundledFontPath(f, STYLE[weight]);
    let found = bytes.get(path);
    if (!found) {
      found = new Uint8Array(readFileSync(path));
      bytes.set(path, found);
    }
    return { path, bytes: found };
  });
}

/** Fonts already embedded in a document, by file: Noto Sans Math is one file for both weights. */
const embedded = new WeakMap<PDFDocument, Map<string, PDFFont>>();

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

const charsets = new Map<string, ReadonlySet<number>>();
/** The code points of a font file, read once per process (without embedding it). */
function charsetOfFile(path: string, bytes: Uint8Array, kit: Fontkit): ReadonlySet<number> {
  let set = charsets.get(path);
  if (!set) {
    set = new Set(kit.create(bytes).characterSet);
    charsets.set(path, set);
  }
  return set;
}

/**
 * One weight of the chain, embedded into `doc`. Atkinson Hyperlegible as a
 * subset (only the glyphs drawn are written). Noto Sans and Noto Sans Math
 * whole: pdf-lib's subsetter loses most of their glyphs (≥ and ← print
 * blank), so they are embedded as they are, and savePdf drops them again
 * from a document that draws nothing with them (the usual case: Spanish and
 * English need Atkinson only). Writing them costs time even then (pdf-lib
 * compresses a font before savePdf can drop it): given `needs`, the text to
 * be drawn, a fallback font that has none of its missing characters is not
 * embedded at all (page numbers need Atkinson alone).
 */
export async function embedFontStack(doc: PDFDocument, weight: Weight, needs?: string): Promise<FontStack> {
  fontkit ??= createRequire(import.meta.url)('@pdf-lib/fontkit') as Fontkit;
  doc.registerFontkit(fontkit);
  let done = embedded.get(doc);
  if (!done) {
    done = new Map();
    embedded.set(doc, done);
  }
  const faces: PDFFont[] = [];
  const files = fontFiles(weight);
  let missing = needs === undefined ? undefined : new Set([...needs].map((ch) => ch.codePointAt(0)!));
  for (const [i, file] of files.entries()) {
    if (missing !== undefined) {
      const has = charsetOfFile(file.path, file.bytes, fontkit);
      if (i > 0 && ![...missing].some((cp) => has.has(cp))) continue;
      missing = new Set([...missing].filter((cp) => !has.has(cp)));
    }
    let face = done.get(file.path);
    if (!face) {
      face = await doc.embedFont(file.bytes, { subset: i === 0 });
      done.set(file.path, face);
    }
    faces.push(face);
  }
  return new FontStack(faces, capHeight(weight, files[0]!.bytes, fontkit));
}

export const embeddedFonts: FontLoader = async (doc, needs) => ({
  regular: await embedFontStack(doc, 'regular', needs),
  bold: await embedFontStack(doc, 'bold', needs),
});

/**
 * Only the first font of the chain, as a subset: for what is drawn in digits
 * alone (page numbers), which it holds. Parsing and embedding the whole of
 * the fallbacks cost a joined edition about a second of work for nothing.
 */
export async function embedDigitsFont(doc: PDFDocument, weight: Weight = 'regular'): Promise<FontStack> {
  const kit = warmDigitsFont(weight);
  doc.registerFontkit(kit);
  const first = fontFiles(weight)[0]!.bytes;
  return new FontStack([await doc.embedFont(first, { subset: true })], capHeight(weight, first, kit));
}

/**
 * Loads fontkit and reads the digits' font now: fontkit's own set-up takes
 * about 0.2 s, which a caller with the main thread idle (waiting for Typst)
 * can spend before the join needs it.
 */
export function warmDigitsFont(weight: Weight = 'regular'): Fontkit {
  fontkit ??= createRequire(import.meta.url)('@pdf-lib/fontkit') as Fontkit;
  capHeight(weight, fontFiles(weight)[0]!.bytes, fontkit);
  return fontkit;
}
