// Joining the pieces of an edition (assemble-edition.ts) into one PDF with
// pdf-lib, each piece read into the joined document's context rather than
// parsed and copied (read-into.ts: most of its objects are written out as
// they were read): the front's cover and contents, then each piece on the page the
// plan gives it (a blank left-hand page before one that would start on the
// left), its page numbers drawn where Typst marked them, its links and the
// contents' links pointed at their pages, the bookmarks and the tags
// (structure tree, struct-tree.ts) of every piece.
import { grayscale, type PDFDocument } from 'pdf-lib';
import { DigitInk } from '../assemble/digit-ink.js';
import { embedDigitsFont } from '../assemble/fonts.js';
import { attachLinks, detachLinks, type DetachedLinks, type LinkTarget, type Placement } from '../assemble/links.js';
import { createLazyDocument } from '../assemble/lazy-context.js';
import type { FontStack } from '../assemble/font-stack.js';
import { readOutline, setOutline, type OutlineEntry } from '../assemble/outline.js';
import { readInto } from '../assemble/read-into.js';
import { StructureJoiner } from '../assemble/struct-tree.js';
import type { CompiledPiece, PieceMark } from './compiled.js';

/** Page numbers in templates/lib.typ's grey, luma(60). */
const INK = grayscale(60 / 255);

export interface JoinInput {
  front: CompiledPiece;
  /** Pages of the front kept: its cover, contents and any blank after them. */
  frontPages: number;
  pieces: readonly CompiledPiece[];
  /** 0-based page each piece starts on (assemble-edition.ts, placePieces). */
  starts: readonly number[];
  /** Names the edition in errors. */
  file: string;
}

type Foot = Extract<PieceMark, { kind: 'foot' }>;

/** The joined document, before its metadata is set. */
export async function joinPieces(input: JoinInput): Promise<PDFDocument> {
  const { front, frontPages, pieces, starts, file } = input;
  const out = createLazyDocument();
  const font = await embedDigitsFont(out);
  const ink = new DigitInk(font.primary);
  const tags = new StructureJoiner(out);
  const relink: { index: number; links: DetachedLinks; place: (t: LinkTarget) => number | undefined }[] = [];
  const anchors = new Map<string, { index: number; y: number }>();
  const outline: OutlineEntry[] = [];

  const frontDoc = await readInto(out, front.pdf, `${file} (cover and contents)`);
  const kept = [...Array(frontPages).keys()];
  const frontLinks = detachLinks(frontDoc, kept);
  for (const [i, page] of tags.adopt(frontDoc, kept).entries()) {
    out.addPage(page);
    // The contents' links lead to stub page k (after the kept pages): the start of piece k.
    relink.push({ index: i, links: frontLinks[i]!, place: (t) => (t.kind === 'page' ? (t.pageIndex < frontPages ? t.pageIndex : starts[t.pageIndex - frontPages]) : undefined) });
  }
  for (const mark of front.marks) if (mark.kind === 'foot' && mark.page <= frontPages) drawNumber(out, mark.page - 1, mark, font, ink);

  for (const [n, piece] of pieces.entries()) {
    const doc = await readInto(out, piece.pdf, `${file} (part ${n + 1})`);
    const start = starts[n]!;
    const { width, height } = doc.getPage(0).getSize();
    while (out.getPageCount() < start) out.addPage([width, height]);
    const indices = doc.getPageIndices();
    const links = detachLinks(doc, indices);
    for (const [i, page] of tags.adopt(doc, indices).entries()) {
      out.addPage(page);
      relink.push({ index: start + i, links: links[i]!, place: (t) => (t.kind === 'page' ? start + t.pageIndex : undefined) });
    }
    for (const mark of piece.marks) {
      if (mark.kind === 'anchor') anchors.set(mark.target, { index: start + mark.page - 1, y: mark.y });
      else if (mark.kind === 'foot') drawNumber(out, start + mark.page - 1, mark, font, ink);
    }
    outline.push(...shift(readOutline(doc), start));
  }

  const pages = out.getPages();
  for (const { index, links, place } of relink) {
    attachLinks(pages[index]!, links, (t): Placement => {
      if (t.kind === 'xref') {
        const anchor = anchors.get(t.target);
        const page = anchor && pages[anchor.index];
        return page ? { page, top: page.getHeight() - anchor.y } : undefined;
      }
      const at = place(t);
      const page = at === undefined ? undefined : pages[at];
      return page ? { page, top: t.top } : undefined;
    });
  }
  setOutline(out, outline);
  tags.finish();
  return out;
}

/** The page number of page `index` (0-based) where the piece's footer marked it: at the outer edge, on the first line of the footer. */
function drawNumber(doc: PDFDocument, index: number, mark: Foot, font: FontStack, ink: DigitInk): void {
  const page = doc.getPage(index);
  const text = String(index + 1);
  const width = ink.widthAtSize(text, mark.size);
  const x = mark.right ? mark.x + mark.width - width : mark.x;
  // Typst sets a line's top edge at the cap height: the baseline is that far below the footer's top.
  const y = page.getHeight() - mark.y - font.capHeightAtSize(mark.size);
  ink.draw(page, text, { x, y, size: mark.size, color: INK });
}

function shift(entries: OutlineEntry[], by: number): OutlineEntry[] {
  return entries.map((e) => {
    const moved: OutlineEntry = { ...e, pageIndex: e.pageIndex + by };
    if (e.children) moved.children = shift(e.children, by);
    return moved;
  });
}
