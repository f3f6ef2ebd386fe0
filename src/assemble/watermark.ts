// A diagonal, semi-transparent text across every page ("BORRADOR / DRAFT").
import { rgb, type Color, type PDFDocument, type PDFFont } from 'pdf-lib';
import { visibleBox } from './embed-pages.js';
import { InvalidAssembleOptionError } from './errors.js';
import { toDocument, type PdfInput } from './load.js';
import { asStack, drawRuns, type FontStack } from './font-stack.js';
import { embedFontStack } from './fonts.js';

import { DEFAULT_WATERMARK } from '../model/draft.js';
export { DEFAULT_WATERMARK } from '../model/draft.js';

export interface WatermarkOptions {
  /** Default "BORRADOR / DRAFT". */
  text?: string;
  /** 0 (invisible) to 1 (opaque); default 0.18. */
  opacity?: number;
  color?: Color;
  /** Share of the page diagonal the text spans; default 0.7. */
  span?: number;
  /** Default the bold of the embedded chain (fonts.ts). */
  font?: FontStack | PDFFont;
  /** Names the input in errors (a path). */
  file?: string;
}

/**
 * Stamps the watermark on every page of `input`, from the lower-left towards
 * the upper-right corner of the page as it is displayed (rotation included).
 * A loaded document is changed in place and returned.
 */
export async function addWatermark(input: PdfInput, options: WatermarkOptions = {}): Promise<PDFDocument> {
  const opacity = options.opacity ?? 0.18;
  if (!(opacity >= 0 && opacity <= 1)) throw new InvalidAssembleOptionError('watermark opacity', String(opacity), 'between 0 and 1');
  const span = options.span ?? 0.7;
  if (!(span > 0 && span <= 1)) throw new InvalidAssembleOptionError('watermark span', String(span), 'between 0 and 1');
  const doc = await toDocument(input, options.file ?? 'input');
  const wanted = options.text ?? DEFAULT_WATERMARK;
  if (wanted.trim() === '') return doc;
  const font = options.font ? asStack(options.font) : await embedFontStack(doc, 'bold', wanted);
  const text = font.clean(wanted).replace(/\s*\n\s*/g, ' ').trim();
  if (text === '') return doc;

  for (const page of doc.getPages()) {
    const { box, rotation } = visibleBox(page);
    const turned = rotation === 90 || rotation === 270;
    const shown = turned ? { width: box.height, height: box.width } : { width: box.width, height: box.height };
    const diagonal = Math.hypot(shown.width, shown.height);
    const size = (span * diagonal) / font.widthOfTextAtSize(text, 1);
    // The angle as seen, then turned back into the page's own (unrotated) space.
    const angle = Math.atan2(shown.height, shown.width) + (rotation * Math.PI) / 180;
    const width = font.widthOfTextAtSize(text, size);
    const capHeight = font.capHeightAtSize(size);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    // drawText rotates about the baseline start: step back half the width along the text, half the cap height across it.
    const x = cx - (Math.cos(angle) * width) / 2 + (Math.sin(angle) * capHeight) / 2;
    const y = cy - (Math.sin(angle) * width) / 2 - (Math.cos(angle) * capHeight) / 2;
    drawRuns(page, text, font, { x, y, size, color: options.color ?? rgb(0.75, 0.1, 0.1), opacity, rotate: (angle * 180) / Math.PI });
  }
  return doc;
}
