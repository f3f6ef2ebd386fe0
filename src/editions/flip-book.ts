// The flip edition: one language read from the front; turn the book over and
// upside down to read the other from the back; the two meet in the middle.
// Page order: all of A, then B's pages last-to-first, each turned 180°.
import { degrees, PDFDocument } from 'pdf-lib';
import { loadPdf } from '../assemble/load.js';
import { readOutline, setOutline, type OutlineEntry } from '../assemble/outline.js';

export interface FlipPart {
  pdf: Uint8Array;
  /** Bookmark of the half: the language's name or title. */
  title: string;
  file: string;
}

function remap(entries: OutlineEntry[], map: (i: number) => number): OutlineEntry[] {
  return entries.map((e) => {
    const out: OutlineEntry = { ...e, pageIndex: map(e.pageIndex) };
    if (e.children) out.children = remap(e.children, map);
    return out;
  });
}

/** Each half is padded to an even count, so both covers are outside pages. */
export async function flipBook(front: FlipPart, back: FlipPart): Promise<PDFDocument> {
  const a = await loadPdf(front.pdf, front.file);
  const b = await loadPdf(back.pdf, back.file);
  const out = await PDFDocument.create({ updateMetadata: false });

  const pagesA = await out.copyPages(a, a.getPageIndices());
  for (const p of pagesA) out.addPage(p);
  const sizeA = pagesA[pagesA.length - 1]!.getSize();
  if (pagesA.length % 2 === 1) out.addPage([sizeA.width, sizeA.height]);
  const na = out.getPageCount();

  const pagesB = await out.copyPages(b, b.getPageIndices());
  const nb = pagesB.length + (pagesB.length % 2);
  if (pagesB.length % 2 === 1) {
    const s = pagesB[pagesB.length - 1]!.getSize();
    out.addPage([s.width, s.height]).setRotation(degrees(180));
  }
  for (let i = pagesB.length - 1; i >= 0; i--) {
    const p = pagesB[i]!;
    p.setRotation(degrees((p.getRotation().angle + 180) % 360));
    out.addPage(p);
  }

  const mapB = (i: number): number => na + (nb - 1 - i);
  setOutline(out, [
    { title: front.title, pageIndex: 0, children: readOutline(a), open: true },
    { title: back.title, pageIndex: mapB(0), children: remap(readOutline(b), mapB), open: true },
  ]);
  return out;
}
