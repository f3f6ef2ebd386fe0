// An edition's pieces joined, its document information set and the result
// saved: the part of making a pieced edition that is pdf-lib's alone. It ran
// on worker threads for large editions until the join stopped parsing and
// copying the pieces (read-into.ts): at about 0.3–0.6 s an edition, a worker's
// start and warm-up cost more than it saved (measured in the README's "Speed").
import { warmDigitsFont } from '../assemble/fonts.js';
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

/** Readies a join to come: fontkit's set-up (about 0.2 s, for the page numbers) once the main thread is idle, waiting for Typst. */
export function expectJoin(): void {
  setImmediate(() => warmDigitsFont());
}

export async function joinEdition({ input, metadata }: JoinRequest): Promise<JoinedEdition> {
  const doc = await joinPieces(input);
  setMetadata(doc, metadata);
  const pdf = await savePdf(doc);
  return { pdf, pages: doc.getPageCount() };
}
