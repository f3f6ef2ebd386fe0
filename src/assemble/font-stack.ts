// Text in a chain of fonts: each character is drawn with the first font that
// has it (Atkinson Hyperlegible, then Noto Sans, then Noto Sans Math), so one line may be several
// runs. What no font of the chain has gets a close spelling (sanitize-text.ts).
import { degrees, type Color, type PDFFont, type PDFPage } from 'pdf-lib';
import { charsetOf, sanitizeFor } from './sanitize-text.js';

export interface TextRun {
  text: string;
  font: PDFFont;
}

export class FontStack {
  private readonly charsets: readonly ReadonlySet<number>[];
  private readonly union: ReadonlySet<number>;

  /** `capHeight`: of the first font, as a share of the size; without it, its ascent stands in. */
  constructor(
    readonly faces: readonly PDFFont[],
    private readonly capHeight?: number,
  ) {
    if (faces.length === 0) throw new Error('a font stack needs at least one font');
    this.charsets = faces.map((f) => charsetOf(f));
    const union = new Set<number>();
    for (const set of this.charsets) for (const c of set) union.add(c);
    this.union = union;
  }

  get primary(): PDFFont {
    return this.faces[0]!;
  }

  /** `text` made drawable: a character no font has gets a close spelling, or goes. */
  clean(text: string): string {
    return sanitizeFor(text, this.union);
  }

  /** `text` (already clean) split where the font that has each character changes. */
  runs(text: string): TextRun[] {
    const runs: TextRun[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      const last = runs[runs.length - 1];
      // Spaces stay in the run they are in: every font has one.
      if (last && (ch === ' ' || this.indexOf(last.font) === this.faceFor(cp))) {
        last.text += ch;
        continue;
      }
      runs.push({ text: ch, font: this.faces[this.faceFor(cp)]! });
    }
    return runs;
  }

  widthOfTextAtSize(text: string, size: number): number {
    return this.runs(text).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0);
  }

  heightAtSize(size: number, options?: { descender?: boolean }): number {
    return this.primary.heightAtSize(size, options);
  }

  /** Height of a capital letter: what centres a line (Atkinson's ascent is much taller than its capitals). */
  capHeightAtSize(size: number): number {
    return this.capHeight === undefined ? this.primary.heightAtSize(size, { descender: false }) : size * this.capHeight;
  }

  private faceFor(cp: number): number {
    const i = this.charsets.findIndex((set) => set.has(cp));
    return i < 0 ? 0 : i;
  }

  private indexOf(font: PDFFont): number {
    return this.faces.indexOf(font);
  }
}

/** A single font as a stack of one (a caller's own font). */
export function asStack(font: PDFFont | FontStack): FontStack {
  return font instanceof FontStack ? font : new FontStack([font]);
}

export interface RunStyle {
  x: number;
  y: number;
  size: number;
  color: Color;
  opacity?: number;
  /** Counter-clockwise, in degrees, about the start of the baseline. */
  rotate?: number;
}

/** Draws one line of clean text run by run, each run after the last along the baseline. */
export function drawRuns(page: PDFPage, text: string, stack: FontStack, style: RunStyle): void {
  const angle = ((style.rotate ?? 0) * Math.PI) / 180;
  let { x, y } = style;
  for (const run of stack.runs(text)) {
    page.drawText(run.text, {
      x,
      y,
      size: style.size,
      font: run.font,
      color: style.color,
      ...(style.opacity !== undefined ? { opacity: style.opacity } : {}),
      ...(style.rotate ? { rotate: degrees(style.rotate) } : {}),
    });
    const w = run.font.widthOfTextAtSize(run.text, style.size);
    x += Math.cos(angle) * w;
    y += Math.sin(angle) * w;
  }
}
