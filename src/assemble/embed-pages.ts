// Embedding the pages of one PDF into another as Form XObjects (vector, not
// images), and drawing them upright into a box whatever their size, crop box
// and /Rotate.
import { degrees, PDFName, type PDFDocument, type PDFEmbeddedPage, type PDFPage } from 'pdf-lib';
import { fitRect, type Align, type Rect, type Size } from './fit.js';
import { UnsupportedPdfContentError } from './errors.js';

export type QuarterTurn = 0 | 90 | 180 | 270;

/** A source page ready to draw: its visible size (as a viewer shows it) and its content. */
export interface DrawablePage extends Size {
  /** null for a page without content: it is drawn as nothing (a blank page). */
  embedded: PDFEmbeddedPage | null;
  /** The page's /Rotate, clockwise, as a viewer applies it. */
  rotation: QuarterTurn;
}

/** The visible box of a page (its crop box within its media box) and its rotation. */
export function visibleBox(page: PDFPage): { box: Rect; rotation: QuarterTurn } {
  const media = normalise(page.getMediaBox());
  const crop = normalise(page.getCropBox());
  const x = Math.max(media.x, crop.x);
  const y = Math.max(media.y, crop.y);
  const right = Math.min(media.x + media.width, crop.x + crop.width);
  const top = Math.min(media.y + media.height, crop.y + crop.height);
  // A crop box outside the media box is an authoring error; fall back to the media box.
  const box = right > x && top > y ? { x, y, width: right - x, height: top - y } : media;
  return { box, rotation: quarterTurn(page.getRotation().angle) };
}

/** The size a viewer shows: width and height swap for pages turned a quarter. */
export function visibleSize(page: PDFPage): Size {
  const { box, rotation } = visibleBox(page);
  return rotation === 90 || rotation === 270
    ? { width: box.height, height: box.width }
    : { width: box.width, height: box.height };
}

/**
 * Embeds `indices` (default: all) pages of `source` into `target`, all in one
 * copy so fonts and images they share are copied once. Failures name `file`.
 */
export async function embedPagesOf(
  target: PDFDocument,
  source: PDFDocument,
  file: string,
  indices?: readonly number[],
): Promise<DrawablePage[]> {
  // Fonts and images drawn on a document not yet saved (a handout, a
  // watermark) are written into it only when it is flushed: copied before,
  // its pages would name fonts that are not there.
  await source.flush();
  const all = source.getPages();
  const pages = (indices ?? all.map((_, i) => i)).map((i) => ({ index: i, page: all[i] }));
  const withContent = pages.filter((p): p is { index: number; page: PDFPage } => p.page !== undefined && hasContent(p.page));
  const boxes = withContent.map(({ page }) => {
    const { box } = visibleBox(page);
    return { left: box.x, bottom: box.y, right: box.x + box.width, top: box.y + box.height };
  });
  let embedded: PDFEmbeddedPage[];
  try {
    embedded = await target.embedPages(
      withContent.map((p) => p.page),
      boxes,
    );
  } catch (err) {
    // Copying failed before any page could be singled out; name the first.
    throw new UnsupportedPdfContentError(file, (withContent[0]?.index ?? 0) + 1, message(err));
  }
  // Embed now rather than at save(), so an unsupported stream fails here, naming its page.
  const byIndex = new Map<number, PDFEmbeddedPage>();
  for (const [k, e] of embedded.entries()) {
    const index = withContent[k]?.index ?? 0;
    try {
      await e.embed();
    } catch (err) {
      throw new UnsupportedPdfContentError(file, index + 1, message(err));
    }
    byIndex.set(index, e);
  }
  return pages.map(({ index, page }) => {
    if (page === undefined) throw new RangeError(`page index ${index} is outside ${file}`);
    const { rotation } = visibleBox(page);
    return { ...visibleSize(page), rotation, embedded: byIndex.get(index) ?? null };
  });
}

/**
 * Draws `source` upright, as large as fits in `box` keeping its aspect ratio,
 * and returns the rectangle it occupies on `target`.
 */
export function drawFitted(target: PDFPage, source: DrawablePage, box: Rect, align?: Align): Rect {
  const rect = fitRect(source, box, align);
  drawInto(target, source, rect);
  return rect;
}

/** Draws `source` so that it fills `rect` exactly (rect must have the source's aspect ratio). */
export function drawInto(target: PDFPage, source: DrawablePage, rect: Rect): void {
  const page = source.embedded;
  if (!page) return;
  const turned = source.rotation === 90 || source.rotation === 270;
  // Scale of the unrotated page: its width lies along the rect's height when turned.
  const xScale = (turned ? rect.height : rect.width) / page.width;
  const yScale = (turned ? rect.width : rect.height) / page.height;
  // drawPage rotates counter-clockwise about (x, y); /Rotate is clockwise. The
  // origin moves to the corner where the page's own lower-left corner lands.
  const origin = {
    0: { x: rect.x, y: rect.y },
    90: { x: rect.x, y: rect.y + rect.height },
    180: { x: rect.x + rect.width, y: rect.y + rect.height },
    270: { x: rect.x + rect.width, y: rect.y },
  }[source.rotation];
  target.drawPage(page, { ...origin, xScale, yScale, rotate: degrees(-source.rotation) });
}

function hasContent(page: PDFPage): boolean {
  return page.node.get(PDFName.of('Contents')) !== undefined;
}

function quarterTurn(angle: number): QuarterTurn {
  const a = ((Math.round(angle) % 360) + 360) % 360;
  return a === 90 || a === 180 || a === 270 ? a : 0;
}

/** Boxes may be written with their corners in any order. */
function normalise(r: Rect): Rect {
  return {
    x: Math.min(r.x, r.x + r.width),
    y: Math.min(r.y, r.y + r.height),
    width: Math.abs(r.width),
    height: Math.abs(r.height),
  };
}

function message(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split('\n')[0] ?? text).trim();
}
