// Drawing text into a box: a single line shrunk or cut to fit (headers), and
// a block wrapped and shrunk to fit, cut with … if it still does not (notes).
import { rgb, type Color, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Rect } from './fit.js';
import { asStack, drawRuns, type FontStack } from './font-stack.js';
import { ellipsize, wrapText } from './wrap-text.js';

export interface TextStyle {
  /** A chain of fonts (fonts.ts), or one font. */
  font: FontStack | PDFFont;
  /** Largest size tried, in points. */
  size: number;
  /** Smallest size tried before cutting the text. */
  minSize?: number;
  /** Line height as a multiple of the size. */
  leading?: number;
  color?: Color;
}

export interface TextBlock {
  size: number;
  lines: string[];
  /** True when the text did not fit even at the smallest size and was cut. */
  truncated: boolean;
}

const DEFAULT_LEADING = 1.25;
const BLACK = rgb(0, 0, 0);

/** Lays out `text` in a box `width` × `height`: the largest size from `size` down to `minSize` that fits. */
export function layoutTextBlock(text: string, width: number, height: number, style: TextStyle): TextBlock {
  const font = asStack(style.font);
  const leading = style.leading ?? DEFAULT_LEADING;
  const minSize = Math.min(style.minSize ?? style.size, style.size);
  const clean = font.clean(text).trim();
  let size = style.size;
  for (;;) {
    const lines = wrapText(clean, (s) => font.widthOfTextAtSize(s, size), width);
    const fits = Math.floor((height - size) / (size * leading)) + 1;
    if (lines.length <= fits) return { size, lines, truncated: false };
    if (size - 0.5 < minSize) {
      const kept = lines.slice(0, Math.max(fits, 0));
      const last = kept.pop();
      if (last !== undefined) kept.push(ellipsize(`${last} …`, (s) => font.widthOfTextAtSize(s, size), width));
      return { size, lines: kept, truncated: true };
    }
    size -= 0.5;
  }
}

/** Draws a text block from the top of `box`. */
export function drawTextBlock(page: PDFPage, text: string, box: Rect, style: TextStyle): TextBlock {
  const block = layoutTextBlock(text, box.width, box.height, style);
  const leading = (style.leading ?? DEFAULT_LEADING) * block.size;
  const font = asStack(style.font);
  const ascent = font.heightAtSize(block.size, { descender: false });
  block.lines.forEach((line, i) => {
    if (line === '') return;
    drawRuns(page, line, font, { x: box.x, y: box.y + box.height - ascent - i * leading, size: block.size, color: style.color ?? BLACK });
  });
  return block;
}

/** Draws one line in `box` (vertically centred), shrunk to `minSize`, then cut with …; aligned left, centre or right. */
export function drawTextLine(
  page: PDFPage,
  text: string,
  box: Rect,
  style: TextStyle,
  align: 'left' | 'center' | 'right' = 'left',
): string {
  const font = asStack(style.font);
  const clean = font.clean(text).replace(/\s*\n\s*/g, ' ').trim();
  const minSize = Math.min(style.minSize ?? style.size, style.size);
  let size = style.size;
  while (size - 0.5 >= minSize && font.widthOfTextAtSize(clean, size) > box.width) size -= 0.5;
  const line = ellipsize(clean, (s) => font.widthOfTextAtSize(s, size), box.width);
  const width = font.widthOfTextAtSize(line, size);
  const x = align === 'left' ? box.x : align === 'right' ? box.x + box.width - width : box.x + (box.width - width) / 2;
  const capHeight = font.capHeightAtSize(size);
  drawRuns(page, line, font, { x, y: box.y + (box.height - capHeight) / 2, size, color: style.color ?? BLACK });
  return line;
}
