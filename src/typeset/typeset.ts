// Where a document is set. promokit's own templates and pandoc's Typst always
// terminate, so a document without the author's raw Typst is set on the main
// thread by the warm compiler (the fastest way). A manual with `allow_raw:
// true` may hold any Typst, an endless loop included: its documents are set in
// a child process with a time limit (src/typeset/typeset-process.ts), past
// which the document fails with `typeset-timeout` and the others are built.
// PROMOKIT_TYPESET_CHILD=always sets every document there (a Typst crash then
// fails one document, not the run): measured on the samples, the child costs
// about 0.2 s to start and no measurable time per document. A build with
// more than one job sets its pieces in a pool of such children (typeset-pool.ts),
// bounded or not: the limit then applies to the pool's child.
import { PromokitError } from '../errors.js';
import { compileTypst, type CompiledPdf } from './compile.js';
import { compileBounded, TypesetCrashError, TypesetTimeoutError, typesetSeconds } from './typeset-process.js';
import type { PreparedDocument } from './document.js';
import type { Typesetting } from './typeset-pool.js';

/** What templates/lib.typ marks a table scaled down to fit with; its value is the title of the part it is in. */
export const SQUEEZED = '<pk-squeezed>';
/** In a piece of a joined edition, also the marks of page numbers, anchors and stubs (values with a `kind`). */
export const SQUEEZED_OR_MARKS = 'selector(<pk-squeezed>).or(<pk-mark>)';

export type Typesetter = (files: Map<string, Uint8Array | string>) => Promise<CompiledPdf>;

/** Whether a document is set in the child process, with a time limit. */
export function bounded(doc: PreparedDocument): boolean {
  return doc.request.manual.config.allow_raw === true || process.env.PROMOKIT_TYPESET_CHILD === 'always';
}

/**
 * Sets the document's /main.typ from `files` (the document's, or some
 * replaced). Bounded documents share one deadline, over every compilation
 * made for them (the error search compiles again).
 */
export function typesetter(doc: PreparedDocument, pool?: Typesetting): Typesetter {
  const { timestamp, pdfStandard, marks } = doc.request;
  const input = (files: Map<string, Uint8Array | string>): Parameters<typeof compileTypst>[0] => ({
    files,
    mainPath: '/main.typ',
    timestamp,
    // Tables that fit their column at no text size (templates/lib.typ): see squeezedTables.
    query: marks ? SQUEEZED_OR_MARKS : SQUEEZED,
    ...(pdfStandard ? { pdfStandard } : {}),
  });
  if (!bounded(doc)) return pool ? (files) => pool.compile(input(files)) : async (files) => compileTypst(input(files));
  const seconds = typesetSeconds();
  // The deadline starts with the first compilation (in a pool, once a child takes it, not while it waits its turn).
  let deadline: number | undefined;
  const left = (): number => {
    deadline ??= Date.now() + seconds * 1000;
    const s = (deadline - Date.now()) / 1000;
    if (s <= 0) throw new TypesetTimeoutError(seconds);
    return s;
  };
  return async (files) => {
    try {
      return await (pool ? pool.compile(input(files), left) : compileBounded(input(files), left()));
    } catch (err) {
      if (err instanceof TypesetTimeoutError) throw new TypesetTimeoutError(seconds);
      throw err;
    }
  };
}

/** The document, as a person names it: `salud-mental, es-en edition (parallel)`. */
export function documentName(doc: PreparedDocument): string {
  const { manual, langs, layout, part, marks } = doc.request;
  const edition = `${langs.join('-')} edition${langs.length > 1 ? ` (${layout})` : ''}`;
  // A piece of a joined edition: the edition, then which piece.
  if (marks) return `${manual.id}, ${edition}, ${part === 'module' ? `module ${manual.modules.map((m) => m.id).join(', ')}` : part === 'front' ? 'cover and contents' : 'glossary'}`;
  return `${manual.id}, ${part === 'module' ? `module ${manual.modules.map((m) => m.id).join(', ')} (${langs.join('-')})` : edition}`;
}

/** A failure of the child process as a finding on manual.yaml, or undefined for any other error. */
export function typesetFailure(err: unknown, doc: PreparedDocument): PromokitError | undefined {
  const file = doc.request.manual.configFile;
  if (err instanceof TypesetTimeoutError) {
    return new PromokitError(
      `${documentName(doc)}: Typst did not finish setting it within ${err.seconds} s, so it was stopped; ` +
        'raw Typst in its modules (allowed by allow_raw) may loop without end or set an enormous layout',
      { file, rule: 'typeset-timeout' },
    );
  }
  if (err instanceof TypesetCrashError) {
    return new PromokitError(`${documentName(doc)}: ${err.message}`, { file, rule: 'typst-compile' });
  }
  return undefined;
}
