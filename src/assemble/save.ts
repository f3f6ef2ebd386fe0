// Serialising a document. pdf-lib's output depends only on the document: it
// writes no /ID for new documents, and its "random" resource names come from
// a generator seeded per document. The time only enters through metadata,
// which setMetadata controls.
import type { PDFDocument } from 'pdf-lib';
import { dropUnreachableObjects } from './prune.js';

/**
 * The bytes of `doc`: fonts and pages embedded, unreferenced objects dropped,
 * compressed object streams, form appearances left as they are.
 */
export async function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  await doc.flush();
  dropUnreachableObjects(doc);
  return doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
}
