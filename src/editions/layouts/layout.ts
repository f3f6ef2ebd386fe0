// What a layout is: the outputs it adds to a manual's one-language editions,
// and how it makes the PDF of each from the documents of the build (before
// `--booklet` imposes it). Each layout is one file of this folder, listed in
// index.ts.
import type { Manual, Module } from '../../model/types.js';
import type { DocLayout, PreparedDocument } from '../../typeset/document.js';
import type { Compiled, CompiledPiece, PieceRequest } from '../compile-documents.js';

/** One PDF a build writes. */
export interface OutputPlan {
  manual: Manual;
  /** File name, inside `out/<manual id>/`. */
  name: string;
  langs: string[];
  /** The layout that makes it: `single` for the one-language editions. */
  layout: EditionLayout;
  /** `module`: a module edition (the module's pages alone). Default `manual`. */
  part?: 'manual' | 'module';
}

/** An output's PDF before imposition: its cache key, and how to make it when it is not up to date. */
export interface Unimposed {
  key: string;
  make: () => Promise<Compiled>;
}

/** The build's documents, prepared and compiled at most once each (compile-documents.ts). */
export interface Documents {
  prepare(manual: Manual, langs: readonly string[], layout: DocLayout, part?: 'manual' | 'module'): Promise<PreparedDocument>;
  compile(doc: PreparedDocument): Promise<Compiled>;
  /** A piece of an edition set in pieces (assemble-edition.ts). */
  preparePiece(manual: Manual, langs: readonly string[], layout: DocLayout, piece: PieceRequest): Promise<PreparedDocument>;
  /** `ahead`: asked for before it is needed, so set after every piece a build waits for. */
  compilePiece(doc: PreparedDocument, ahead?: boolean): Promise<CompiledPiece>;
  /** A module file's converted Typst; undefined when it cannot be converted (preparing says why). */
  convertedTypst(manual: Manual, module: Module, lang: string): Promise<string | undefined>;
  /**
   * The fronts (cover and contents) last set for an edition whose front
   * without page numbers has key `base`: kept in the cache when the edition
   * is up to date (its fronts are only prepared when it is made), and recorded
   * when it is made.
   */
  keepFronts(base: string): Promise<void>;
  recordFronts(base: string, keys: readonly string[]): Promise<void>;
  /** The date of the manual's PDFs (seconds since the epoch). */
  timestamp(manual: Manual): number;
  /** Whether editions are set in pieces and joined, or each as one Typst document (PDF/UA, PDF/A: see oneDocument). */
  readonly pieced: boolean;
  /**
   * Whether pieces are set by a pool of Typst children (typeset-pool.ts): an
   * edition then asks for its pieces as soon as they are prepared, so the
   * pool sets the next editions' pieces while the main thread joins this one.
   */
  readonly typesetAhead: boolean;
}

export interface EditionLayout {
  /** The `--layout` value. */
  readonly id: string;
  /** One line for `build --help`. */
  readonly help: string;
  /** The outputs it adds to the one-language editions, for a manual's languages in order: file name and languages of each. */
  outputs(manual: Manual, langs: readonly string[]): { name: string; langs: string[] }[];
  /** The un-imposed PDF of one of its outputs. */
  source(plan: OutputPlan, docs: Documents): Promise<Unimposed>;
}

/** One output per pair of languages, in the manual's order: `<id>.<l1>-<l2>.pdf`. */
export function languagePairs(manual: Manual, langs: readonly string[]): { name: string; langs: string[] }[] {
  const out: { name: string; langs: string[] }[] = [];
  for (let i = 0; i < langs.length; i++) {
    for (let j = i + 1; j < langs.length; j++) {
      const pair = [langs[i]!, langs[j]!];
      out.push({ name: `${manual.id}.${pair.join('-')}.pdf`, langs: pair });
    }
  }
  return out;
}
