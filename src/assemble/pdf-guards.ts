// Bounds on what pdf-lib does with a hostile PDF, so a broken or malicious
// deck is refused in milliseconds instead of hanging or exhausting memory:
//
// - pdf-lib parses every cross-reference stream and object stream it meets,
//   trusting their counts: `/Size 2000000000` in an xref stream made it loop
//   for minutes and grow to gigabytes. installPdfGuards() wraps the two
//   parsers' factories (public static members of pdf-lib) to check the counts
//   and the decoded size first. It is installed once, for the whole process;
//   it refuses only what no real PDF holds.
// - pdf-lib walks the page tree recursively and without a visited set: a
//   /Kids that leads back to its own node overflowed the stack. walkPageTree
//   walks it iteratively, bounded in depth, nodes and pages, before pdf-lib does.
// - Page contents are decoded when pages are embedded: checkContentSize
//   bounds what they expand to (a "zip bomb" of a content stream).
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  decodePDFRawStream,
  PDFArray,
  PDFNumber,
  PDFName,
  PDFObjectStreamParser,
  PDFPageLeaf,
  PDFPageTree,
  PDFRawStream,
  PDFRef,
  PDFXRefStreamParser,
  type PDFDocument,
} from 'pdf-lib';
import { LIMITS } from '../limits.js';

/** Why a PDF is refused; load.ts turns it into a named error with the file. */
export class PdfGuardError extends Error {
  constructor(
    message: string,
    readonly kind: 'damaged' | 'too-large',
  ) {
    super(message);
    this.name = 'PdfGuardError';
  }
}

const damaged = (message: string): PdfGuardError => new PdfGuardError(message, 'damaged');
const tooLarge = (message: string): PdfGuardError => new PdfGuardError(message, 'too-large');
const count = (n: number): string => n.toLocaleString('en-US');
const megabytes = (n: number): string => `${count(Math.round(n / 1024 / 1024))} MB`;

/**
 * Decoding happens in slices, so a stream is never decoded further than the
 * limit; they grow from small (pdf-lib allocates a buffer of the size asked
 * for, and most content streams are a few kilobytes) to SLICE.
 */
const SLICE = 1024 * 1024;
const FIRST_SLICE = 16 * 1024;

/**
 * How many bytes `stream` decodes to, decoding at most `max + 1` of them
 * (through pdf-lib's own filters, so the answer is what pdf-lib would get).
 */
export function decodedSize(stream: PDFRawStream, max: number): number {
  const decoder = decodePDFRawStream(stream);
  let total = 0;
  for (let slice = FIRST_SLICE; ; slice = Math.min(slice * 2, SLICE)) {
    const got = decoder.getBytes(slice).length;
    total += got;
    if (got < slice || total > max) return total;
  }
}

/** Decodes `stream` no further than `max` bytes; throws when it expands past them. */
function checkDecoded(stream: PDFRawStream, what: string, max: number = LIMITS.pdfStreamBytes): number {
  const size = decodedSize(stream, max);
  if (size > max) throw tooLarge(`${what} expands to more than ${megabytes(max)} when decompressed`);
  return size;
}

/** A non-negative whole number, or undefined. */
function wholeNumber(value: unknown): number | undefined {
  if (!(value instanceof PDFNumber)) return undefined;
  const n = value.asNumber();
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** The /W widths and the entry count of a cross-reference stream, checked against its data. */
export function checkXRefStream(stream: PDFRawStream): void {
  const dict = stream.dict;
  const w = dict.lookup(PDFName.of('W'));
  if (!(w instanceof PDFArray)) throw damaged('its cross-reference stream has no /W field widths');
  const widths = w.asArray().map((v) => wholeNumber(dict.context.lookup(v)));
  if (widths.length !== 3 || widths.some((n) => n === undefined || n > 8)) {
    throw damaged(`its cross-reference stream has impossible field widths (/W ${w.toString()})`);
  }
  const index = dict.lookup(PDFName.of('Index'));
  const counts = index instanceof PDFArray ? index.asArray().filter((_, i) => i % 2 === 1) : [dict.get(PDFName.of('Size'))];
  let entries = 0;
  for (const c of counts) {
    const n = wholeNumber(c === undefined ? undefined : dict.context.lookup(c));
    if (n === undefined) throw damaged('its cross-reference stream has no valid entry count (/Size or /Index)');
    entries += n;
  }
  const row = widths.reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const declared = entries * row;
  // A little slack for producers that pad or miscount; garbage is off by orders of magnitude.
  const room = Math.min(LIMITS.pdfStreamBytes, declared * 2 + SLICE);
  const size = decodedSize(stream, room);
  if (size > room) throw damaged(`its cross-reference stream holds far more data than its ${count(entries)} entries need`);
  if (declared > size * 2 + 64) {
    throw damaged(`its cross-reference stream declares ${count(entries)} entries but holds data for about ${count(Math.floor(size / Math.max(row, 1)))}`);
  }
  if (entries > LIMITS.pdfObjects) throw tooLarge(`it has ${count(entries)} objects, more than the ${count(LIMITS.pdfObjects)} a deck may have`);
}

/** The object count of an object stream, checked against its data. */
export function checkObjectStream(stream: PDFRawStream): void {
  const n = wholeNumber(stream.dict.lookup(PDFName.of('N')));
  const first = wholeNumber(stream.dict.lookup(PDFName.of('First')));
  if (n === undefined || first === undefined) throw damaged('an object stream has no valid /N or /First');
  if (n > LIMITS.pdfObjects) throw tooLarge(`an object stream holds ${count(n)} objects, more than the ${count(LIMITS.pdfObjects)} a deck may have`);
  const size = checkDecoded(stream, 'an object stream');
  // Each object takes two numbers ("12 0 ") in the header before /First.
  if (first > size || n * 3 > first + 1) throw damaged(`an object stream declares ${count(n)} objects that its data cannot hold`);
}

/** The first refusal of the load running in this async context (pdf-lib replaces thrown errors with its own). */
const refusals = new AsyncLocalStorage<{ refusal?: PdfGuardError }>();

/**
 * Runs `load` (a PDFDocument.load) so that a refusal by the guards is what it
 * throws: pdf-lib catches the error of a broken object and throws a generic
 * "Trying to parse invalid object" instead.
 */
export async function guardedLoad<T>(load: () => Promise<T>): Promise<T> {
  const state: { refusal?: PdfGuardError } = {};
  let result: T;
  try {
    result = await refusals.run(state, load);
  } catch (err) {
    throw state.refusal ?? err;
  }
  if (state.refusal) throw state.refusal;
  return result;
}

/** Runs a check; any failure becomes a refusal, recorded for guardedLoad, and is thrown. */
function guard(what: string, check: () => void): void {
  try {
    check();
  } catch (err) {
    const refusal = err instanceof PdfGuardError ? err : damaged(`${what} cannot be decoded (${err instanceof Error ? err.message : String(err)})`);
    const state = refusals.getStore();
    if (state && !state.refusal) state.refusal = refusal;
    throw refusal;
  }
}

let installed = false;

/** Wraps pdf-lib's xref-stream and object-stream parsers with the checks above (once per process). */
export function installPdfGuards(): void {
  if (installed) return;
  installed = true;
  const xref = PDFXRefStreamParser.forStream;
  PDFXRefStreamParser.forStream = (stream) => {
    guard('its cross-reference stream', () => checkXRefStream(stream));
    return xref(stream);
  };
  const objects = PDFObjectStreamParser.forStream;
  PDFObjectStreamParser.forStream = (stream, shouldWaitForTick) => {
    guard('an object stream', () => checkObjectStream(stream));
    return objects(stream, shouldWaitForTick);
  };
}

/**
 * Walks the page tree without recursion and returns the number of pages.
 * A node met twice (a loop, or a branch shared by two parents), a tree deeper
 * than LIMITS.pdfTreeDepth or a node without /Kids is damage; more than
 * `maxPages` pages is too large.
 */
export function walkPageTree(doc: PDFDocument, maxPages: number = Number.POSITIVE_INFINITY): number {
  const rootRef = doc.catalog.get(PDFName.of('Pages'));
  const root = rootRef === undefined ? undefined : doc.context.lookup(rootRef);
  if (!(root instanceof PDFPageTree)) throw damaged('it has no page tree (the catalog has no /Pages node)');
  const seen = new Set<PDFPageTree>();
  const stack: { node: PDFPageTree; ref: string; depth: number }[] = [{ node: root, ref: refText(rootRef), depth: 1 }];
  let pages = 0;
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, ref, depth } = item;
    if (seen.has(node)) throw damaged(`its page tree loops (or shares a branch): object ${ref} is reached twice`);
    seen.add(node);
    if (depth > LIMITS.pdfTreeDepth) throw damaged(`its page tree is more than ${LIMITS.pdfTreeDepth} levels deep`);
    const kids = node.lookup(PDFName.of('Kids'));
    if (!(kids instanceof PDFArray)) throw damaged(`a node of its page tree (object ${ref}) has no /Kids list`);
    for (let i = 0; i < kids.size(); i++) {
      const kidRef = kids.get(i);
      const kid = doc.context.lookup(kidRef);
      if (kid instanceof PDFPageTree) stack.push({ node: kid, ref: refText(kidRef), depth: depth + 1 });
      else if (kid instanceof PDFPageLeaf && ++pages > maxPages) {
        throw tooLarge(`it has more than ${count(maxPages)} pages, the most a deck may have; split it`);
      }
    }
  }
  return pages;
}

function refText(ref: unknown): string {
  return ref instanceof PDFRef ? ref.toString() : 'the root';
}

/**
 * Decodes the page contents no further than LIMITS.pdfDecodedBytes in all:
 * pdf-lib decodes each page's content streams when it embeds the page, and a
 * few kilobytes can expand to gigabytes. A stream pdf-lib cannot decode is
 * left for the embedding to report, as before.
 */
export function checkContentSize(doc: PDFDocument): void {
  const max = LIMITS.pdfDecodedBytes;
  let total = 0;
  doc.getPages().forEach((page, index) => {
    const raw = page.node.get(PDFName.of('Contents'));
    const contents = raw === undefined ? undefined : doc.context.lookup(raw);
    const streams = contents instanceof PDFArray ? contents.asArray().map((c) => doc.context.lookup(c)) : [contents];
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue;
      const room = Math.min(LIMITS.pdfStreamBytes, max - total);
      let size: number;
      try {
        size = decodedSize(stream, room);
      } catch {
        continue;
      }
      total += size;
      if (size > room) {
        const limit = room === LIMITS.pdfStreamBytes ? `${megabytes(room)} (one stream)` : `${megabytes(max)} (all pages)`;
        throw tooLarge(`the content of page ${index + 1} expands to more than ${limit} when decompressed`);
      }
    }
  });
}
