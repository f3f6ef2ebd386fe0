// Serialising a document. pdf-lib's output depends only on the document: it
// writes no /ID for new documents, and its "random" resource names come from
// a generator seeded per document. The time only enters through metadata,
// which setMetadata controls.
import type { PDFDocument } from 'pdf-lib';
import { dropUnreachableObjects } from './prune.js';

/** Objects serialised between two yields to the event loop (a few milliseconds of work). */
const OBJECTS_PER_TICK = 20_000;

/**
 * The bytes of `doc`: fonts and pages embedded, unreferenced objects dropped,
 * compressed object streams, form appearances left as they are.
 */
export async function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  await doc.flush();
  dropUnreachableObjects(doc);
  // pdf-lib waits a timer tick (at least 1 ms) every 50 objects by default: 0.6 s of idle for a 1,600-page manual.
  return doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: OBJECTS_PER_TICK });
}
