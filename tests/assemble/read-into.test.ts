import { PDFDict, PDFDocument, PDFName, PDFPage, PDFRef, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { DamagedPdfError } from '../../src/assemble/errors.js';
import { createLazyDocument, peekObject } from '../../src/assemble/lazy-context.js';
import { dropUnreachableObjects } from '../../src/assemble/prune.js';
import { RawObject } from '../../src/assemble/raw-object.js';
import { readInto } from '../../src/assemble/read-into.js';
import { pageTexts } from './fixtures.js';

const Alt = PDFName.of('Alt');
const Note = PDFName.of('Note');

/** A PDF of `pages` pages reading `${label}1`…, each page pointing (/Note) at a dictionary whose /Alt text reads like a reference. */
async function source(label: string, pages: number, objectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let k = 1; k <= pages; k++) {
    const page = doc.addPage([300, 200]);
    page.drawText(`${label}${k}`, { x: 20, y: 100, size: 30, font });
    const note = doc.context.obj({ Alt: PDFString.of(`1 0 R of ${label}${k}`), Page: page.ref });
    page.node.set(Note, doc.context.register(note));
  }
  return doc.save({ useObjectStreams: objectStreams });
}

/** Reads the sources into one document, adds all their pages in order, saves. */
async function joined(sources: Uint8Array[]): Promise<Uint8Array> {
  const out = createLazyDocument();
  for (const [i, bytes] of sources.entries()) {
    const view = await readInto(out, bytes, `part-${i}.pdf`);
    for (const page of view.getPages()) {
      page.node.delete(PDFName.of('Parent'));
      out.addPage(PDFPage.of(page.node, page.ref, out));
    }
  }
  dropUnreachableObjects(out);
  return out.save({ useObjectStreams: true });
}

describe('readInto', () => {
  it('joins PDFs without copying, keeping text, strings and references right', async () => {
    const bytes = await joined([await source('A', 2, false), await source('B', 3, false)]);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(5);
    expect(await pageTexts(bytes)).toEqual(['A1', 'A2', 'B1', 'B2', 'B3']);
    doc.getPages().forEach((page, i) => {
      const note = doc.context.lookup(page.node.get(Note), PDFDict);
      // The string that reads like a reference is left as it was; the real reference leads back to its own page.
      expect((note.get(Alt) as PDFString).decodeText()).toBe(`1 0 R of ${['A1', 'A2', 'B1', 'B2', 'B3'][i]}`);
      expect(note.get(PDFName.of('Page'))).toBe(page.ref);
    });
  });

  it('reads a PDF with object streams (no classic table) the same way', async () => {
    const bytes = await joined([await source('A', 1, true), await source('B', 2, false)]);
    expect(await pageTexts(bytes)).toEqual(['A1', 'B1', 'B2']);
  });

  it('keeps objects raw until they are looked up, and prunes through raw ones', async () => {
    const out = createLazyDocument();
    const view = await readInto(out, await source('A', 1, false), 'a.pdf');
    const noteRef = view.getPage(0).node.get(Note) as PDFRef;
    expect(peekObject(out.context, noteRef)).toBeInstanceOf(RawObject);
    expect(out.context.lookup(noteRef)).toBeInstanceOf(PDFDict);
    expect(peekObject(out.context, noteRef)).toBeInstanceOf(PDFDict);
    // Nothing of the part is reachable from `out` yet: all of it goes.
    const before = out.context.enumerateIndirectObjects().length;
    expect(dropUnreachableObjects(out)).toBe(before - 2);
  });

  it('stops a string left open at the next object, and calls the PDF damaged', async () => {
    const good = Buffer.from(await source('A', 1, false)).toString('latin1');
    // Same length, so the table still points at every object.
    const open = good.replace('(1 0 R of A1)', '(1 0 R of A1 ');
    expect(open.length).toBe(good.length);
    const err = await readInto(createLazyDocument(), new Uint8Array(Buffer.from(open, 'latin1')), 'part-3.pdf').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DamagedPdfError);
    expect((err as DamagedPdfError).message).toMatch(/does not end before the next one/);
  });

  it('names the file of a damaged PDF', async () => {
    const good = Buffer.from(await source('A', 1, false)).toString('latin1');
    // The table still points at the objects, but one of them is gone.
    const broken = good.replace(/\n3 0 obj/, '\nX 0 obj');
    const err = await readInto(createLazyDocument(), new Uint8Array(Buffer.from(broken, 'latin1')), 'part-7.pdf').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DamagedPdfError);
    expect((err as DamagedPdfError).file).toBe('part-7.pdf');
  });
});
