// One PDF for the print shop out of many packets, each starting on a front
// (odd) page, one bookmark each. Parts that are the same in many packets (the
// agenda, handouts and evaluation of one language order) are copied once:
// every later use gets new page objects that point at the same content
// streams, fonts and images. 300 packets then weigh their covers and
// certificates plus one set of the shared parts, not 300 sets.
import { PDFDocument, PDFName, PDFPage } from 'pdf-lib';
import { toDocument, type PdfInput } from './load.js';
import { padAfter, padBefore, padToEven, type SheetRule } from './merge.js';
import { setOutline, type OutlineEntry } from './outline.js';

export interface PrintPiece {
  pdf: PdfInput;
  /** The same `pdf` in several packets: its pages are copied once, then shared. */
  shared?: boolean;
  /** Names the piece in errors. */
  file?: string;
  /** Blank pages around it, as in the packet (merge.ts); packets start on a front page, so parity carries over. */
  sheet?: SheetRule;
}

export class PrintFile {
  private readonly outline: OutlineEntry[] = [];
  private readonly shared = new Map<PdfInput, PDFPage[]>();

  private constructor(private readonly doc: PDFDocument) {}

  static async create(): Promise<PrintFile> {
    return new PrintFile(await PDFDocument.create({ updateMetadata: false }));
  }

  /** Appends one packet, on a front page, with a bookmark titled `title`. */
  async add(title: string, pieces: readonly PrintPiece[]): Promise<void> {
    const doc = this.doc;
    padToEven(doc);
    this.outline.push({ title, pageIndex: doc.getPageCount() });
    for (const piece of pieces) {
      padBefore(doc, piece.sheet);
      await this.copy(doc, piece, title);
      padAfter(doc, piece.sheet);
    }
  }

  private async copy(doc: PDFDocument, piece: PrintPiece, title: string): Promise<void> {
    const known = piece.shared ? this.shared.get(piece.pdf) : undefined;
    if (known) {
      for (const page of known) doc.addPage(alias(doc, page));
      return;
    }
    const source = await toDocument(piece.pdf, piece.file ?? title);
    const pages = await doc.copyPages(source, source.getPageIndices());
    for (const page of pages) doc.addPage(page);
    if (piece.shared) this.shared.set(piece.pdf, pages);
  }

  /** The finished document (bookmarks set); add nothing after. */
  finish(): PDFDocument {
    setOutline(this.doc, this.outline);
    return this.doc;
  }
}

/**
 * A second page object showing what `page` shows: the same content, resources
 * and size. Without its links: an annotation may belong to one page only, and
 * paper has no use for them.
 */
function alias(doc: PDFDocument, page: PDFPage): PDFPage {
  const leaf = page.node.clone(doc.context);
  leaf.delete(PDFName.of('Annots'));
  leaf.delete(PDFName.of('StructParents'));
  return PDFPage.of(leaf, doc.context.register(leaf), doc);
}
