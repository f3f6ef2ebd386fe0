import { PDFContext, PDFDocument, PDFRawStream, type PDFDict } from 'pdf-lib';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkObjectStream, checkXRefStream, decodedSize, guardedLoad, PdfGuardError, walkPageTree } from '../../src/assemble/pdf-guards.js';
import '../../src/assemble/load.js'; // installs the guards, as every command that loads a PDF does
import { LIMITS } from '../../src/limits.js';
import { makeDeckDoc } from './fixtures.js';
import { deepPageTree, garbageXrefStream, goodHandMadePdf, lyingObjectStream, loopingPageTree, sharedBranchPageTree } from './hostile-pdfs.js';

const context = PDFContext.create();
const rawStream = (dict: PDFDict, data: Uint8Array): PDFRawStream => PDFRawStream.of(dict, data);

function guardError(fn: () => unknown): PdfGuardError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(PdfGuardError);
    return err as PdfGuardError;
  }
  throw new Error('expected a PdfGuardError');
}

describe('decodedSize', () => {
  it('decodes no further than the limit (a zip bomb is stopped early)', async () => {
    const bomb = rawStream(context.obj({ Filter: 'FlateDecode' }), deflateSync(Buffer.alloc(40 * 1024 * 1024)));
    const size = decodedSize(bomb, 1024 * 1024);
    expect(size).toBeGreaterThan(1024 * 1024);
    expect(size).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('gives the whole size of a stream within the limit, with or without a filter', async () => {
    expect(decodedSize(rawStream(context.obj({}), new Uint8Array(10)), 100)).toBe(10);
    expect(decodedSize(rawStream(context.obj({ Filter: 'FlateDecode' }), deflateSync(Buffer.alloc(3000, 65))), 1e6)).toBe(3000);
  });
});

describe('checkXRefStream', () => {
  const row = Uint8Array.from([1, 0, 10, 0]);
  it('accepts entries that fit the data', async () => {
    expect(() => checkXRefStream((rawStream(context.obj({ Type: 'XRef', W: [1, 2, 1], Size: 3 }), new Uint8Array([...row, ...row, ...row]))))).not.toThrow();
  });

  it('refuses a /Size the data cannot hold, impossible /W widths, negative or missing counts', async () => {
    const data = new Uint8Array(64);
    expect(guardError(() => checkXRefStream((rawStream(context.obj({ Type: 'XRef', W: [1, 2, 1], Size: 2_000_000_000 }), data)))).message).toMatch(
      /declares 2,000,000,000 entries but holds data for about 16/,
    );
    expect(guardError(() => checkXRefStream((rawStream(context.obj({ Type: 'XRef', W: [1, 2_000_000_000, 1], Size: 5 }), data)))).message).toMatch(/impossible field widths/);
    expect(guardError(() => checkXRefStream((rawStream(context.obj({ Type: 'XRef', W: [1, 2, 1], Size: -5 }), data)))).kind).toBe('damaged');
    expect(guardError(() => checkXRefStream((rawStream(context.obj({ Type: 'XRef', W: [1, 2, 1], Index: [0, 900_000_000] }), data)))).kind).toBe('damaged');
    expect(guardError(() => checkXRefStream((rawStream(context.obj({ Type: 'XRef', Size: 5 }), data)))).message).toMatch(/no \/W/);
  });

  it('refuses a stream that expands far past what its entries need', async () => {
    const bomb = (rawStream(context.obj({ Type: 'XRef', W: [1, 2, 1], Size: 5, Filter: 'FlateDecode' }), deflateSync(Buffer.alloc(20 * 1024 * 1024))));
    expect(guardError(() => checkXRefStream(bomb)).message).toMatch(/far more data than its 5 entries need/);
  });
});

describe('checkObjectStream', () => {
  it('refuses more objects than the limit, or than the data can hold', async () => {
    const huge = guardError(() => checkObjectStream((rawStream(context.obj({ Type: 'ObjStm', N: LIMITS.pdfObjects + 1, First: 4 }), new Uint8Array(8)))));
    expect(huge.kind).toBe('too-large');
    const lying = guardError(() => checkObjectStream((rawStream(context.obj({ Type: 'ObjStm', N: 1000, First: 4 }), new Uint8Array(8)))));
    expect(lying.message).toMatch(/declares 1,000 objects that its data cannot hold/);
    expect(() => checkObjectStream((rawStream(context.obj({ Type: 'ObjStm', N: 1, First: 4 }), new TextEncoder().encode('5 0 null'))))).not.toThrow();
  });
});

describe('guardedLoad', () => {
  it("throws the guard's reason, not pdf-lib's generic parse error", async () => {
    const err = await guardedLoad(() => PDFDocument.load(garbageXrefStream(), { throwOnInvalidObject: true })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PdfGuardError);
    expect((err as Error).message).toMatch(/cross-reference stream declares/);
  });

  it('keeps the reasons of loads running at the same time apart', async () => {
    const [a, b] = await Promise.allSettled([
      guardedLoad(() => PDFDocument.load(lyingObjectStream(), { throwOnInvalidObject: true })),
      guardedLoad(() => PDFDocument.load(garbageXrefStream(), { throwOnInvalidObject: true })),
    ]);
    expect(a.status === 'rejected' && (a.reason as Error).message).toMatch(/object stream holds 900,000,000 objects/);
    expect(b.status === 'rejected' && (b.reason as Error).message).toMatch(/cross-reference stream declares/);
  });
});

describe('walkPageTree', () => {
  it('counts the pages of a normal document, and refuses more than the maximum', async () => {
    const doc = await makeDeckDoc({ count: 7 });
    expect(walkPageTree(doc)).toBe(7);
    expect(guardError(() => walkPageTree(doc, 6)).kind).toBe('too-large');
  });

  it('refuses a page tree that loops, or shares a branch, without recursing', async () => {
    const loop = await PDFDocument.load(loopingPageTree(), { updateMetadata: false });
    expect(guardError(() => walkPageTree(loop)).message).toMatch(/page tree loops .*object 2 0 R is reached twice/);
    const shared = await PDFDocument.load(sharedBranchPageTree(), { updateMetadata: false });
    expect(guardError(() => walkPageTree(shared)).kind).toBe('damaged');
  });

  it('refuses a tree deeper than the limit, and a node without /Kids', async () => {
    const load = (bytes: Uint8Array): Promise<PDFDocument> => PDFDocument.load(bytes, { updateMetadata: false });
    expect(walkPageTree(await load(goodHandMadePdf()))).toBe(1);
    expect(walkPageTree(await load(deepPageTree(LIMITS.pdfTreeDepth)))).toBe(1);
    const deep = await load(deepPageTree(LIMITS.pdfTreeDepth + 1));
    expect(guardError(() => walkPageTree(deep)).message).toMatch(/more than 64 levels deep/);
    const bare = await load(Buffer.from(goodHandMadePdf().toString('latin1').replace('/Kids [3 0 R]', '/Kidz [3 0 R]'), 'latin1'));
    expect(guardError(() => walkPageTree(bare)).message).toMatch(/has no \/Kids/);
  });
});
