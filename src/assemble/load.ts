// Turning bytes into a PDFDocument, or a named error that says what is wrong
// with the file: not a PDF, damaged/truncated, encrypted, empty, too large.
// A deck the user names (readPdf) is vetted first: a regular file (a pipe or
// /dev/zero would block or never end) of at most LIMITS.pdfBytes and
// LIMITS.pdfPages; every PDF's page tree is walked with bounds (pdf-guards.ts).
import { statSync } from 'node:fs';
import { PDFDocument, PDFName } from 'pdf-lib';
import { LIMITS } from '../limits.js';
import { osErrorText, readUserFile } from '../sources/safe-read.js';
import {
  DamagedPdfError,
  DeckNotFoundError,
  EmptyPdfError,
  EncryptedPdfError,
  NotAPdfError,
  PdfTooLargeError,
  UnreadablePdfError,
  type UnusablePdfError,
} from './errors.js';
import { checkContentSize, guardedLoad, installPdfGuards, PdfGuardError, walkPageTree } from './pdf-guards.js';

installPdfGuards();

/** What the assemble functions accept: PDF bytes, or a document already loaded. */
export type PdfInput = Uint8Array | PDFDocument;

/** Bounds for a PDF from outside (a deck the user gave); our own PDFs are loaded without them. */
export interface PdfLimits {
  maxBytes?: number;
  maxPages?: number;
  /**
   * False: the page contents are not decoded to bound what they expand to.
   * For a PDF whose pages are only copied, never embedded or drawn from (the
   * pieces of a joined edition): its content streams are written out as they are.
   */
  checkContents?: boolean;
}

/** The limits of docs/limits.md for a deck read by handout or packet. */
export const DECK_LIMITS: Required<PdfLimits> = { maxBytes: LIMITS.pdfBytes, maxPages: LIMITS.pdfPages, checkContents: true };

const HEADER = '%PDF-';
const EOF_MARK = '%%EOF';
/** Readers look for the header in the first 1024 bytes and `%%EOF` in the last 1024. */
const WINDOW = 1024;
/** Objects parsed between two yields to the event loop (a few milliseconds of work). */
const OBJECTS_PER_TICK = 20_000;

/** Loads PDF bytes; `file` names the source in errors. Throws an UnusablePdfError subclass. */
export async function loadPdf(bytes: Uint8Array, file: string, limits: PdfLimits = {}): Promise<PDFDocument> {
  if (limits.maxBytes !== undefined && bytes.length > limits.maxBytes) {
    throw new PdfTooLargeError(file, `${sizeText(bytes.length, limits.maxBytes)} a deck may have; ${SMALLER}`);
  }
  const head = latin1(bytes.subarray(0, WINDOW));
  if (!head.includes(HEADER)) throw new NotAPdfError(file, sniff(bytes));
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - WINDOW)));
  if (!tail.includes(EOF_MARK)) throw new DamagedPdfError(file, 'the file ends early: no %%EOF marker, it looks truncated');

  let doc: PDFDocument;
  try {
    // throwOnInvalidObject: fail on the first broken object instead of warning on the console.
    // parseSpeed: pdf-lib waits a timer tick (at least 1 ms) every 100 objects by default; a joined edition's pieces hold 10^5 of them.
    // ignoreEncryption, then isEncrypted: pdf-lib's own EncryptedPDFError fails `instanceof` (ES5 classes).
    doc = await guardedLoad(() => PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false, ignoreEncryption: true, parseSpeed: OBJECTS_PER_TICK }));
  } catch (err) {
    // An encrypted file's object streams are encrypted too: pdf-lib fails on them before it can say so.
    if (!(err instanceof PdfGuardError && err.kind === 'too-large') && namesEncryption(bytes)) throw new EncryptedPdfError(file);
    throw unusable(file, err);
  }
  if (doc.isEncrypted) throw new EncryptedPdfError(file);
  try {
    if (walkPageTree(doc, limits.maxPages) === 0) throw new EmptyPdfError(file);
    if (limits.checkContents !== false) checkContentSize(doc);
  } catch (err) {
    throw err instanceof EmptyPdfError ? err : unusable(file, err, 'its page tree cannot be read: ');
  }
  checkPages(doc, file);
  return doc;
}

/**
 * Reads and loads a PDF file the user named, within DECK_LIMITS. A path with
 * no file behind it (missing, a folder, a pipe, a device) is a usage error
 * naming it; a file that cannot be read or used is an UnusablePdfError.
 */
export async function readPdf(path: string): Promise<PDFDocument> {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new DeckNotFoundError(path, 'it is a folder');
    if (!st.isFile()) throw new DeckNotFoundError(path, 'it is a pipe, socket or device, not a file, so it is not read');
    size = st.size;
  } catch (err) {
    if (err instanceof DeckNotFoundError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new DeckNotFoundError(path, code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : osErrorText(err));
  }
  if (size > DECK_LIMITS.maxBytes) {
    throw new PdfTooLargeError(path, `${sizeText(size, DECK_LIMITS.maxBytes)} a deck may have; ${SMALLER}`);
  }
  const bytes = readUserFile(path, DECK_LIMITS.maxBytes, { noun: 'a deck', advice: SMALLER });
  if (!(bytes instanceof Uint8Array)) {
    throw bytes.rule === 'input-too-large' ? new PdfTooLargeError(path, bytes.message) : new UnreadablePdfError(path, bytes.message);
  }
  return loadPdf(bytes, path, DECK_LIMITS);
}

/** What went wrong inside pdf-lib, as a named error about `file`. */
function unusable(file: string, err: unknown, prefix = ''): UnusablePdfError {
  if (err instanceof PdfGuardError) {
    return err.kind === 'too-large' ? new PdfTooLargeError(file, err.message) : new DamagedPdfError(file, err.message);
  }
  // pdf-lib parses nested arrays and dictionaries recursively: thousands of levels overflow the stack.
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return new DamagedPdfError(file, 'its objects are nested too deeply to be read');
  }
  // pdf-lib's own words for an object it cannot parse: `Trying to parse invalid object: {"line":…,"offset":N})`.
  const at = /^Trying to parse invalid object: .*"offset":(\d+)/.exec(firstLine(err));
  if (at) return new DamagedPdfError(file, `${prefix}the object at byte ${at[1]} cannot be read`);
  return new DamagedPdfError(file, `${prefix}${firstLine(err)}`);
}

const SMALLER = 'export it with smaller images, or split it';

/** `it is 250.3 MB, more than the 200.0 MB`; in bytes when megabytes would show two equal numbers. */
function sizeText(size: number, max: number): string {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const bytes = (n: number): string => `${n.toLocaleString('en-US')} bytes`;
  const unit = mb(size) === mb(max) ? bytes : mb;
  return `it is ${unit(size)}, more than the ${unit(max)}`;
}

/** Accepts bytes or a loaded document, so every assemble function can take either. */
export async function toDocument(input: PdfInput, file: string): Promise<PDFDocument> {
  return input instanceof PDFDocument ? input : loadPdf(input, file);
}

/** Every page must be reachable and its content streams present; otherwise the file is damaged. */
function checkPages(doc: PDFDocument, file: string): void {
  let count: number;
  try {
    count = doc.getPageCount();
  } catch (err) {
    throw unusable(file, err, 'its page tree cannot be read: ');
  }
  if (count === 0) throw new EmptyPdfError(file);
  doc.getPages().forEach((page, index) => {
    let size: { width: number; height: number };
    try {
      size = page.getMediaBox();
    } catch (err) {
      throw new DamagedPdfError(file, `page ${index + 1} has no readable size (MediaBox): ${firstLine(err)}`);
    }
    if (!(Math.abs(size.width) > 0 && Math.abs(size.height) > 0)) {
      throw new DamagedPdfError(file, `page ${index + 1} has no area (MediaBox ${size.width} x ${size.height})`);
    }
    const raw = page.node.get(PDFName.of('Contents'));
    if (raw !== undefined && doc.context.lookup(raw) === undefined) {
      throw new DamagedPdfError(file, `the content of page ${index + 1} is missing`);
    }
  });
}

/** A guess at what a non-PDF file is, for the error message. */
function sniff(bytes: Uint8Array): string | undefined {
  const b = bytes;
  if (b.length === 0) return 'an empty file';
  if (b[0] === 0x50 && b[1] === 0x4b) return 'a ZIP archive, such as a .pptx, .odp or .key file';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'an old Office file such as .ppt';
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'a PNG image';
  if (b[0] === 0xff && b[1] === 0xd8) return 'a JPEG image';
  const start = latin1(b.subarray(0, 256)).trimStart().toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'a web page (HTML), perhaps a failed download';
  return undefined;
}

/** True when the file has an /Encrypt entry anywhere (its trailer, or its cross-reference stream). */
function namesEncryption(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('/Encrypt');
}

/** Bytes as a string of the same length, one character each (for finding PDF keywords). */
export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n')[0] ?? message).trim();
}

/**
 * Like Promise.all, but when several fail it throws the failure of the first
 * in input order (not the first to happen), so the message is deterministic.
 */
export async function allInOrder<T>(tasks: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(tasks);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}
