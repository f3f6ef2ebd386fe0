// Serialising a document. pdf-lib's output depends only on the document: it
// writes no /ID for new documents, and its "random" resource names come from
// a generator seeded per document. The time only enters through metadata,
// which setMetadata controls.
import type { PDFDocument } from 'pdf-lib';

/** The bytes of `doc`: compressed object streams, form appearances left as they are. */
export async function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
}
