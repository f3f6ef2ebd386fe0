import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PromokitError, ExitCode } from '../../src/errors.js';
import {
  DamagedPdfError,
  DeckNotFoundError,
  EmptyPdfError,
  EncryptedPdfError,
  NotAPdfError,
  UnusablePdfError,
} from '../../src/assemble/errors.js';
import { loadPdf, readPdf } from '../../src/assemble/load.js';
import { makeHandout } from '../../src/assemble/handout.js';
import { makeDeck } from './fixtures.js';

/** A PDF whose trailer has an /Encrypt dictionary, as any password-protected export has. */
async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([720, 405]);
  const encrypt = doc.context.obj({ Filter: 'Standard', V: 2, R: 3, Length: 128, P: -3904 });
  encrypt.set(PDFName.of('O'), PDFHexString.of('00'.repeat(32)));
  encrypt.set(PDFName.of('U'), PDFHexString.of('00'.repeat(32)));
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  return doc.save({ useObjectStreams: false });
}

async function expectError<T extends UnusablePdfError>(p: Promise<unknown>, type: new (...args: never[]) => T): Promise<T> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(type);
  return err as T;
}

describe('loadPdf', () => {
  it('loads a good PDF', async () => {
    const doc = await loadPdf(await makeDeck({ count: 3 }), 'good.pdf');
    expect(doc.getPageCount()).toBe(3);
  });

  it('names a file that is not a PDF, and says what it looks like', async () => {
    const err = await expectError(loadPdf(new TextEncoder().encode('hello, not a pdf'), 'notes.txt'), NotAPdfError);
    expect(err).toBeInstanceOf(PromokitError);
    expect(err.file).toBe('notes.txt');
    expect(err.exitCode).toBe(ExitCode.sourceError);
    expect(err.message).toMatch(/not a PDF/);
    expect(err.message).toMatch(/Export as PDF/);
    expect(err.format()).toMatch(/^notes\.txt: not a PDF file/);
  });

  it('recognises a .pptx (ZIP) handed in by mistake', async () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(100).fill(0)]);
    const err = await expectError(loadPdf(zip, 'deck.pptx'), NotAPdfError);
    expect(err.message).toMatch(/\.pptx/);
  });

  it('reports an empty file', async () => {
    const err = await expectError(loadPdf(new Uint8Array(), 'empty.pdf'), NotAPdfError);
    expect(err.message).toMatch(/empty file/);
  });

  it.each([0.3, 0.6, 0.9, 0.98])('reports a PDF truncated at %s of its length as damaged', async (fraction) => {
    const bytes = await makeDeck({ count: 5 });
    const cut = bytes.slice(0, Math.floor(bytes.length * fraction));
    const err = await expectError(loadPdf(cut, 'cut.pdf'), DamagedPdfError);
    expect(err.file).toBe('cut.pdf');
    expect(err.message).toMatch(/damaged or incomplete/);
    expect(err.message).toMatch(/again/);
  });

  it('reports garbage after a PDF header as damaged', async () => {
    const bytes = new TextEncoder().encode(`%PDF-1.7\n${'x'.repeat(2000)} 1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n%%EOF\n`);
    const err = await expectError(loadPdf(bytes, 'junk.pdf'), DamagedPdfError);
    expect(err.rule).toBe('pdf-damaged');
  });

  it('reports an encrypted PDF and how to decrypt it', async () => {
    const err = await expectError(loadPdf(await encryptedPdf(), 'locked.pdf'), EncryptedPdfError);
    expect(err.file).toBe('locked.pdf');
    expect(err.message).toMatch(/encrypted/);
    expect(err.message).toMatch(/qpdf --decrypt/);
  });

  it('reports a PDF without pages', async () => {
    const doc = await PDFDocument.create();
    const err = await expectError(loadPdf(await doc.save({ addDefaultPage: false }), 'none.pdf'), EmptyPdfError);
    expect(err.message).toMatch(/no pages/);
  });

  it('reports a page without area as damaged', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([0, 0]);
    const err = await expectError(loadPdf(await doc.save(), 'flat.pdf'), DamagedPdfError);
    expect(err.message).toMatch(/page 1 has no area/);
  });

  it('reports a missing file as a usage error naming it', async () => {
    const err = await readPdf('/nonexistent/deck.pdf').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeckNotFoundError);
    expect((err as DeckNotFoundError).file).toBe('/nonexistent/deck.pdf');
    expect((err as DeckNotFoundError).exitCode).toBe(ExitCode.usage);
  });
});

describe('makeHandout on bad input', () => {
  it.each([
    ['not-a-pdf.pdf', async () => new TextEncoder().encode('<!DOCTYPE html><html>404</html>'), NotAPdfError],
    ['truncated.pdf', async () => (await makeDeck({ count: 4 })).slice(0, 700), DamagedPdfError],
    ['encrypted.pdf', encryptedPdf, EncryptedPdfError],
  ] as const)('%s: throws the named error, names the file, writes nothing', async (name, make, type) => {
    const dir = await mkdtemp(join(tmpdir(), 'promokit-load-'));
    const good = join(dir, 'good.pdf');
    const bad = join(dir, name);
    await writeFile(good, await makeDeck({ count: 2 }));
    await writeFile(bad, await make());
    const err = await makeHandout([{ path: good }, { path: bad }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(type);
    expect((err as PromokitError).file).toBe(bad);
    expect((await readdir(dir)).sort()).toEqual(['good.pdf', name].sort());
  });

  it('names the first bad deck in the order given when several are bad', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'promokit-load-'));
    const big = join(dir, 'big-truncated.pdf');
    const small = join(dir, 'small-not-pdf.pdf');
    const deck = await makeDeck({ count: 60 });
    await writeFile(big, deck.slice(0, deck.length / 2));
    await writeFile(small, 'x');
    for (const order of [[big, small], [small, big]]) {
      const err = await makeHandout(order.map((path) => ({ path }))).catch((e: unknown) => e);
      expect((err as PromokitError).file).toBe(order[0]);
    }
  });
});
