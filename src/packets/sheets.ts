// How one packet's parts sit on paper: each part's pages, the blank backs
// that keep a part that leaves the packet on sheets of its own (merge.ts,
// SheetRule), and page numbers running through the whole packet, drawn on
// each part at the place it takes (the parts are typeset apart, so their own
// numbers would restart). A shared part (the same for every attendee with
// one language order) is numbered once per place and reused, so print.pdf
// still stores it once.
import { PDFDocument } from 'pdf-lib';
import { sheetPlan, type MergePart, type SheetRule } from '../assemble/merge.js';
import { loadPdf } from '../assemble/load.js';
import { numberPages } from '../assemble/page-numbers.js';
import { savePdf } from '../assemble/save.js';
import type { PacketPart } from './parts/part.js';

/** What one part made for one packet. */
export interface MadePart {
  /** How the part sits on paper (any kind of event's part). */
  part: Pick<PacketPart, 'sheet' | 'numbered'>;
  made: readonly MergePart[];
  /** The same MergePart objects in every packet of this language order. */
  shared: boolean;
}

/** A piece of the packet, ready to merge (and to go into print.pdf). */
export interface PlacedPiece extends MergePart {
  shared: boolean;
}

/** The sheet rule of the `j`-th of `n` pieces of a part: an `alone` part opens on a front page and closes its sheet. */
export function pieceRule(rule: PacketPart['sheet'], j: number, n: number): SheetRule | undefined {
  if (rule !== 'alone') return undefined;
  if (n === 1) return 'alone';
  return j === 0 ? 'front' : j === n - 1 ? 'end' : undefined;
}

export class PacketSheets {
  private readonly bytes = new WeakMap<MergePart, Promise<Uint8Array>>();
  private readonly counts = new WeakMap<MergePart, Promise<number>>();
  private readonly numbered = new WeakMap<MergePart, Map<number, Promise<Uint8Array>>>();

  /** The packet's pieces in order, numbered from page 1 (the cover counts, unnumbered). */
  async place(parts: readonly MadePart[]): Promise<PlacedPiece[]> {
    const items = parts.flatMap(({ part, made, shared }) => made.map((m, j) => ({ part, m, shared, sheet: pieceRule(part.sheet, j, made.length) })));
    const pages = await Promise.all(items.map((it) => this.pageCount(it.m, it.shared)));
    const { starts } = sheetPlan(items.map((it, i) => ({ pages: pages[i]!, sheet: it.sheet })));
    return Promise.all(
      items.map(async ({ part, m, shared, sheet }, i) => {
        const pdf = part.numbered === false ? m.pdf : await this.numberedCopy(m, shared, starts[i]! + 1);
        return { ...m, pdf, shared, ...(sheet ? { sheet } : {}) };
      }),
    );
  }

  private pageCount(m: MergePart, shared: boolean): Promise<number> {
    if (m.pdf instanceof PDFDocument) return Promise.resolve(m.pdf.getPageCount());
    const count = async (): Promise<number> => (await loadPdf(await this.bytesOf(m, shared), m.file ?? 'part')).getPageCount();
    if (!shared) return count();
    let p = this.counts.get(m);
    if (!p) this.counts.set(m, (p = count()));
    return p;
  }

  /** The part's bytes: a loaded document (a handout) is saved once, so each numbered copy starts from the same pages. */
  private bytesOf(m: MergePart, shared: boolean): Promise<Uint8Array> {
    const pdf = m.pdf;
    if (!(pdf instanceof PDFDocument)) return Promise.resolve(pdf);
    let p = this.bytes.get(m);
    if (!p) {
      p = savePdf(pdf);
      if (shared) this.bytes.set(m, p);
    }
    return p;
  }

  private numberedCopy(m: MergePart, shared: boolean, first: number): Promise<Uint8Array> {
    const make = async (): Promise<Uint8Array> => savePdf(await numberPages(await this.bytesOf(m, shared), first, m.file ?? m.title ?? 'part'));
    if (!shared) return make();
    let byStart = this.numbered.get(m);
    if (!byStart) this.numbered.set(m, (byStart = new Map()));
    let p = byStart.get(first);
    if (!p) byStart.set(first, (p = make()));
    return p;
  }
}
