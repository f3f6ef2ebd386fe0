// Turning bytes into a PDFDocument, or a named error that says what is wrong
// with the file: not a PDF, damaged/truncated, encrypted, empty.
import { readFile } from 'node:fs/promises';
import { PDFDocument, PDFName } from 'pdf-lib';
import { DamagedPdfError, DeckNotFoundError, EmptyPdfError, EncryptedPdfError, NotAPdfError } from './errors.js';

/** What the assemble functions accept: PDF bytes, or a document already loaded. */
export type PdfInput = Uint8Array | PDFDocument;

const HEADER = '%PDF-';
const EOF_MARK = '%%EOF';
/** Readers look for the header in the first 1024 bytes and `%%EOF` in the last 1024. */
const WINDOW = 1024;

/** Loads PDF bytes; `file` names the source in errors. Throws an UnusablePdfError subclass. */
export async function loadPdf(bytes: Uint8Array, file: string): Promise<PDFDocument> {
  const head = latin1(bytes.subarray(0, WINDOW));
  if (!head.includes(HEADER)) throw new NotAPdfError(file, sniff(bytes));
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - WINDOW)));
  if (!tail.includes(EOF_MARK)) throw new DamagedPdfError(file, 'the file ends early: no %%EOF marker, it looks truncated');

  let doc: PDFDocument;
  try {
    // throwOnInvalidObject: fail on the first broken object instead of warning on the console.
    // ignoreEncryption, then isEncrypted: pdf-lib's own EncryptedPDFError fails `instanceof` (ES5 classes).
    doc = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false, ignoreEncryption: true });
  } catch (err) {
    throw new DamagedPdfError(file, firstLine(err));
  }
  if (doc.isEncrypted) throw new EncryptedPdfError(file);
  checkPages(doc, file);
  return doc;
}

/** Reads and loads a PDF file; a missing file is a usage error naming it. */
export async function readPdf(path: string): Promise<PDFDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : firstLine(err);
    throw new DeckNotFoundError(path, detail);
  }
  return loadPdf(bytes, path);
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
    throw new DamagedPdfError(file, `its page tree cannot be read: ${firstLine(err)}`);
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

function latin1(bytes: Uint8Array): string {
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
