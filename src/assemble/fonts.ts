// The fonts handouts and watermarks are drawn with. The default is the
// standard Helvetica pair (nothing embedded, WinAnsi only; text is sanitised).
// A caller that has @pdf-lib/fontkit can pass its own loader for a TTF.
import { StandardFonts, type PDFDocument, type PDFFont } from 'pdf-lib';

export interface FontSet {
  regular: PDFFont;
  bold: PDFFont;
}

/** Embeds the fonts into `doc`; called once per output document. */
export type FontLoader = (doc: PDFDocument) => Promise<FontSet>;

export const standardFonts: FontLoader = async (doc) => ({
  regular: await doc.embedFont(StandardFonts.Helvetica),
  bold: await doc.embedFont(StandardFonts.HelveticaBold),
});
