// An edition's pieces joined, its document information set and the result
// saved: the part of making a pieced edition that is pdf-lib's alone, so it
// can run on the main thread or on a worker thread (join-pool.ts) with the
// same bytes as the result.
import { setMetadata, type PdfMetadata } from '../assemble/metadata.js';
import { savePdf } from '../assemble/save.js';
import { joinPieces, type JoinInput } from './join-pieces.js';

export interface JoinRequest {
  input: JoinInput;
  metadata: PdfMetadata;
}

export interface JoinedEdition {
  pdf: Uint8Array;
  pages: number;
}

export async function joinEdition({ input, metadata }: JoinRequest): Promise<JoinedEdition> {
  const doc = await joinPieces(input);
  setMetadata(doc, metadata);
  const pdf = await savePdf(doc);
  return { pdf, pages: doc.getPageCount() };
}
