// loadPdf and readPdf on hostile and broken input: each is refused with a
// named error about the file, quickly, without hanging or a RangeError.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DamagedPdfError, DeckNotFoundError, EncryptedPdfError, PdfTooLargeError, type UnusablePdfError } from '../../src/assemble/errors.js';
import { loadPdf, readPdf } from '../../src/assemble/load.js';
import { ExitCode, type PromokitError } from '../../src/errors.js';
import { LIMITS } from '../../src/limits.js';
import {
  contentBomb,
  deeplyNested,
  encryptedWithObjectStreams,
  garbageXrefStream,
  goodHandMadePdf,
  loopingPageTree,
  loopingPageTreeDeep,
  lyingObjectStream,
  manyPages,
  sharedBranchPageTree,
  truncated,
  writeOversized,
} from './hostile-pdfs.js';

async function rejection<T extends PromokitError>(p: Promise<unknown>, type: abstract new (...args: never[]) => T): Promise<T> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(type);
  return err as T;
}

/** Fails when `work` takes longer than `ms` (a guard that let pdf-lib loop would take minutes). */
async function quickly<T>(work: () => Promise<T>, ms = 15_000): Promise<T> {
  const started = Date.now();
  const result = await work();
  expect(Date.now() - started).toBeLessThan(ms);
  return result;
}

const damaged = (bytes: Uint8Array, file = 'deck.pdf'): Promise<DamagedPdfError> => quickly(() => rejection(loadPdf(bytes, file), DamagedPdfError));

describe('loadPdf: broken structure is pdf-damaged, naming the file', () => {
  it('the hand-made fixtures are valid apart from their one fault', async () => {
    expect((await loadPdf(goodHandMadePdf(), 'good.pdf')).getPageCount()).toBe(1);
  });

  it('a page tree whose /Kids points back to itself (was "Maximum call stack size exceeded")', async () => {
    for (const bytes of [loopingPageTree(), loopingPageTreeDeep()]) {
      const err = await damaged(bytes, 'loop.pdf');
      expect(err.file).toBe('loop.pdf');
      expect(err.rule).toBe('pdf-damaged');
      expect(err.message).toMatch(/page tree loops .*object 2 0 R is reached twice/);
      expect(err.message).not.toMatch(/call stack/);
    }
  });

  it('a page tree that lists one branch twice at each of 40 levels (2^40 pages if walked naively)', async () => {
    expect((await damaged(sharedBranchPageTree())).message).toMatch(/page tree loops \(or shares a branch\)/);
  });

  it('a garbage cross-reference stream claiming 2,000,000,000 entries (pdf-lib looped for minutes)', async () => {
    const err = await damaged(garbageXrefStream(), 'xref.pdf');
    expect(err.format()).toMatch(/^xref\.pdf: the PDF is damaged or incomplete \(its cross-reference stream declares 2,000,000,000 entries/);
  });

  it('a cross-reference stream whose compressed data is garbage', async () => {
    expect((await damaged(garbageXrefStream(5, '/Filter /FlateDecode'))).message).toMatch(/cross-reference stream cannot be decoded/);
  });

  it('a truncated file, and one cut just before its end marker', async () => {
    expect((await damaged(await truncated(0.5))).message).toMatch(/ends early/);
    expect((await damaged(await truncated(0.98))).message).toMatch(/ends early/);
  });

  it('an encrypted file with object streams is pdf-encrypted, not damaged (its object streams do not decode)', async () => {
    const err = await rejection(loadPdf(await encryptedWithObjectStreams(), 'secret.pdf'), EncryptedPdfError);
    expect(err.rule).toBe('pdf-encrypted');
  });

  it('arrays nested 100,000 deep: damaged, not a stack overflow', async () => {
    const err = await damaged(deeplyNested());
    expect(err.message).not.toMatch(/call stack|Trying to parse/);
    expect(err.message).toMatch(/object at byte \d+ cannot be read|nested too deeply/);
  });
});

describe('loadPdf: past a limit is input-too-large', () => {
  it('an object stream that claims 900,000,000 objects', async () => {
    const err = await quickly(() => rejection(loadPdf(lyingObjectStream(), 'objects.pdf'), PdfTooLargeError));
    expect(err.rule).toBe('input-too-large');
    expect(err.exitCode).toBe(ExitCode.sourceError);
    expect(err.format()).toMatch(/^objects\.pdf: the PDF is too large to use: an object stream holds 900,000,000 objects/);
  });

  it('a page whose content decompresses past the limit (a zip bomb)', async () => {
    const err = await quickly(() => rejection(loadPdf(contentBomb(65), 'bomb.pdf'), PdfTooLargeError));
    expect(err.message).toMatch(/content of page 1 expands to more than 64 MB/);
  });

  it('a zip bomb of a content stream is loaded when its pages are only copied (checkContents: false)', async () => {
    const doc = await loadPdf(contentBomb(65), 'piece.pdf', { checkContents: false });
    expect(doc.getPageCount()).toBe(1);
  });

  it('more pages than LIMITS.pdfPages, when limits are asked for; our own PDFs have none', async () => {
    const bytes = await manyPages(LIMITS.pdfPages + 1);
    const err = await rejection(loadPdf(bytes, 'long.pdf', { maxPages: LIMITS.pdfPages }), PdfTooLargeError);
    expect(err.message).toMatch(/more than 2,000 pages/);
    expect((await loadPdf(bytes, 'ours.pdf')).getPageCount()).toBe(LIMITS.pdfPages + 1);
    expect((await loadPdf(await manyPages(LIMITS.pdfPages), 'exactly.pdf', { maxPages: LIMITS.pdfPages })).getPageCount()).toBe(LIMITS.pdfPages);
  });

  it('more bytes than the limit, when limits are asked for', async () => {
    const err = await rejection(loadPdf(goodHandMadePdf(), 'big.pdf', { maxBytes: 100 }), PdfTooLargeError);
    expect(err.message).toMatch(/it is [\d,]+ bytes, more than the 100 bytes a deck may have; export it with smaller images, or split it/);
  });
});

describe('readPdf: what is not a regular file is refused by name before it is read', () => {
  const dir = (): Promise<string> => mkdtemp(join(tmpdir(), 'promokit-load-hostile-'));
  const notFound = async (path: string, detail: RegExp): Promise<void> => {
    const err = await quickly(() => rejection(readPdf(path), DeckNotFoundError));
    expect(err.file).toBe(path);
    expect(err.rule).toBe('file-unreadable');
    expect(err.exitCode).toBe(ExitCode.usage);
    expect(err.message).toMatch(detail);
  };

  it('a FIFO with no writer (reading it would wait forever)', async () => {
    const fifo = join(await dir(), 'deck.pdf');
    execFileSync('mkfifo', [fifo]);
    await notFound(fifo, /pipe, socket or device, not a file/);
  });

  it('/dev/zero (reading it would never end)', async () => {
    await notFound('/dev/zero', /pipe, socket or device, not a file/);
  });

  it('a folder, a missing file, and a path through a file', async () => {
    const d = await dir();
    mkdirSync(join(d, 'deck.pdf'));
    await notFound(join(d, 'deck.pdf'), /it is a folder/);
    await notFound(join(d, 'missing.pdf'), /no such file/);
    writeFileSync(join(d, 'file'), 'x');
    await notFound(join(d, 'file', 'deck.pdf'), /no such file/);
  });

  it('a file over LIMITS.pdfBytes, refused from its size (sparse: nothing is read)', async () => {
    const path = join(await dir(), 'huge.pdf');
    await writeOversized(path, LIMITS.pdfBytes + 1);
    const err = await quickly(() => rejection(readPdf(path), PdfTooLargeError), 5_000);
    expect(err.format()).toMatch(/huge\.pdf: the PDF is too large to use: it is 209,715,201 bytes, more than the 209,715,200 bytes a deck may have/);
  });

  it('a deck of more than LIMITS.pdfPages pages', async () => {
    const path = join(await dir(), 'long.pdf');
    writeFileSync(path, await manyPages(LIMITS.pdfPages + 1));
    const err: UnusablePdfError = await rejection(readPdf(path), PdfTooLargeError);
    expect(err.rule).toBe('input-too-large');
  });
});
