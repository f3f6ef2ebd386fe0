// What Typst made of a document or of one piece of a joined edition: its own
// file, so that the join (join-pieces.ts, on the main thread or a worker) and
// the compiler (compile-documents.ts) share the types without importing each other.
import type { PromokitError } from '../errors.js';

/** A compiled document, before any imposition. */
export interface Compiled {
  pdf: Uint8Array;
  pages: number;
  /** What Typst warned of (none when read from the cache). */
  warnings: PromokitError[];
}

/** A piece of a joined edition, compiled: its pages, and what Typst marked in it (templates/lib.typ, `pk-mark`). */
export interface CompiledPiece extends Compiled {
  marks: PieceMark[];
}

/** Where a page number goes (`foot`), where a link target is (`anchor`), where the stub pages start (`stubs`); pages from 1, lengths in pt from the top left. */
export type PieceMark =
  | { kind: 'foot'; page: number; x: number; y: number; width: number; size: number; right: boolean }
  | { kind: 'anchor'; target: string; page: number; y: number }
  | { kind: 'stubs'; page: number };
