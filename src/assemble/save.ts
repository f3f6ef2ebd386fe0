// Serialising a document. pdf-lib's output depends only on the document: it
// writes no /ID for new documents, and its "random" resource names come from
// a generator seeded per document. The time only enters through metadata,
// which setMetadata controls.
import { PDFStreamWriter, type PDFDocument } from 'pdf-lib';
import { dropUnreachableObjects } from './prune.js';

/** Objects serialised between two yields to the event loop (a few milliseconds of work). */
const OBJECTS_PER_TICK = 20_000;

/**
 * Objects in one compressed object stream. pdf-lib's 50 means a deflate (and
 * its 64 KB window set up anew) for every 50 objects: 600 of them for the
 * parallel edition of a 40-module manual. 500 saved it 0.1 s and 5 % of its size.
 */
const OBJECTS_PER_STREAM = 500;

/**
 * The bytes of `doc`: fonts and pages embedded, unreferenced objects dropped,
 * compressed object streams, form appearances left as they are.
 */
export async function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  await doc.flush();
  dropUnreachableObjects(doc);
  // doc.save() without its default page and form appearances, with a writer it cannot configure.
  // pdf-lib waits a timer tick (at least 1 ms) every 50 objects by default: 0.6 s of idle for a 1,600-page manual.
  return PDFStreamWriter.forContext(doc.context, OBJECTS_PER_TICK, true, OBJECTS_PER_STREAM).serializeToBuffer();
}
