// Page numbers for a joined edition, drawn cheaply: a 1,600-page manual
// draws 1,600 numbers, and pdf-lib's drawText shapes every one with fontkit
// (twice, with the width) and deflates each page's few dozen bytes of
// operators with a fresh 64 KB window. Here each digit is shaped once, and the
// operators go into a content stream as they are. Digits are drawn one glyph
// each: no font of the stack joins or substitutes them.
import { drawText, endMarkedContent, beginMarkedContent, degrees, PDFContentStream, PDFHexString, type Color, type PDFFont, type PDFPage } from 'pdf-lib';

export class DigitInk {
  private readonly glyphs = new Map<string, { hex: string; width: number }>();

  /** `font`: one that has the ten digits (the first of the digits' font stack). */
  constructor(private readonly font: PDFFont) {}

  private glyph(digit: string): { hex: string; width: number } {
    let g = this.glyphs.get(digit);
    if (!g) {
      // `<0012>` → `0012`: the glyph's code in the font's subset.
      g = { hex: this.font.encodeText(digit).toString().slice(1, -1), width: this.font.widthOfTextAtSize(digit, 1000) };
      this.glyphs.set(digit, g);
    }
    return g;
  }

  /** Width of `digits` at `size`. */
  widthAtSize(digits: string, size: number): number {
    let w = 0;
    for (const d of digits) w += this.glyph(d).width;
    return (w * size) / 1000;
  }

  /** Draws `digits` with its baseline's start at (x, y), marked as an artifact (not part of the text's structure, as Typst marks its own page numbers). */
  draw(page: PDFPage, digits: string, style: { x: number; y: number; size: number; color: Color }): void {
    if (!/^\d+$/.test(digits)) throw new Error(`DigitInk draws digits only, not "${digits}"`);
    const ctx = page.doc.context;
    const key = page.node.newFontDictionary(this.font.name, this.font.ref);
    const hex = PDFHexString.of([...digits].map((d) => this.glyph(d).hex).join(''));
    const zero = degrees(0);
    const ops = [beginMarkedContent('Artifact'), ...drawText(hex, { ...style, font: key, rotate: zero, xSkew: zero, ySkew: zero }), endMarkedContent()];
    page.node.addContentStream(ctx.register(PDFContentStream.of(ctx.obj({}), ops, false)));
  }
}
