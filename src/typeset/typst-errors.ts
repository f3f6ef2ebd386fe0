// Typst's diagnostics as findings naming the Markdown file and line.
//
// Typst stops evaluating a module at its first error, and the document at the
// first module that fails, so one compilation shows one error. To report every
// error of a failed document, typstErrors asks pandoc again for the module the
// error is in, this time with a `// pk-src N` comment line before each block
// (templates/module.lua) and the Markdown line of each block (sourcepos); the
// error's line falls in a block, which gives its Markdown line, and the block
// is blanked out before compiling again, until the document compiles or no
// block is left to blank. Only a failed build pays for this.
import { PromokitError } from '../errors.js';
import { TypstCompileError, type CompiledPdf, type TypstDiagnostic } from './compile.js';
import { MARKER, type AnnotatedModule, type ConvertedModule } from '../convert/convert.js';
import { DocumentErrors, MODULE_PRELUDE, type PreparedDocument } from './document.js';
import { typesetFailure, typesetter } from './typeset.js';
import type { Typesetting } from './typeset-pool.js';

/** Most compilations spent finding the errors of one document. */
export const MAX_ROUNDS = 20;

const PRELUDE_LINES = MODULE_PRELUDE.split('\n').length - 1;

/** The line of the Markdown a line of converted Typst came from, when the text is found verbatim. */
function markdownLine(typstText: string | undefined, lines: string[], from: number, to: number, firstLine: number): number | undefined {
  const text = typstText?.trim();
  if (!text || text.length < 3) return undefined;
  for (let i = Math.max(0, from); i < Math.min(lines.length, to); i++) {
    if (lines[i]!.includes(text)) return firstLine + i;
  }
  return undefined;
}

/**
 * Typst's diagnostics as findings naming the module file and (where the Typst
 * text is found in it) its line: the errors of a failed compilation, or the
 * warnings of one that worked.
 */
export function typstFindings(diagnostics: TypstDiagnostic[], doc: PreparedDocument, kind: 'error' | 'warning' = 'error'): PromokitError[] {
  return diagnostics.map((d) => {
    const converted = d.path ? doc.modules.get(d.path) : undefined;
    let line: number | undefined;
    if (converted && d.line !== undefined) {
      const { file, typst } = converted;
      const body = file.body.split('\n');
      line = markdownLine(typst.split('\n')[d.line - PRELUDE_LINES - 1], body, 0, body.length, file.bodyLine);
    }
    return finding(d, doc, kind, line);
  });
}

function finding(d: TypstDiagnostic, doc: PreparedDocument, kind: 'error' | 'warning', line: number | undefined): PromokitError {
  const says =
    kind === 'error'
      ? { rule: 'typst-compile', imageRule: 'image-invalid', image: 'the image cannot be used', module: 'does not compile', pdf: 'the PDF cannot be set' }
      : { rule: 'typst-warning', imageRule: 'typst-warning', image: 'Typst warns of the image', module: 'Typst warns', pdf: 'Typst warns' };
  const converted = d.path ? doc.modules.get(d.path) : undefined;
  const image = d.path ? doc.images.get(d.path) : [...doc.images.entries()].find(([p]) => d.message.includes(p))?.[1];
  if (image) return new PromokitError(`${says.image}: ${d.message}`, { file: image.file, line: image.line, rule: says.imageRule });
  if (converted) {
    const { module, file } = converted;
    return new PromokitError(`module ${module.id} (${file.lang}) ${says.module}: ${d.message}`, { file: file.file, line, rule: says.rule });
  }
  const at = d.path ? ` (at ${d.path}${d.line ? `:${d.line}` : ''} of promokit's template)` : '';
  return new PromokitError(`${says.pdf}: ${d.message}${at}`, { file: doc.request.manual.configFile, rule: says.rule });
}

export function dedupe(errors: PromokitError[]): PromokitError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = e.format();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A converted module with nothing in it (templates/module.lua binds these two names). */
const EMPTY_MODULE = '#let pk-intro = []\n#let pk-sections = ()\n';

/** A run of lines of marked Typst from one marker to the next: [start, end), 0-based. */
interface Region {
  start: number;
  end: number;
  /** The marker's block number (1-based), or undefined for a closing line. */
  block: number | undefined;
  /** An opening or closing line of promokit's (callout, section): never blanked. */
  keep: boolean;
}

/** A module's marked Typst, blanked block by block as its errors are found. */
class MarkedModule {
  readonly text: string[];
  readonly regions: Region[] = [];
  private readonly blanked = new Set<number>();
  private emptied = false;
  private readonly body: string[];

  constructor(
    readonly converted: ConvertedModule,
    readonly annotated: AnnotatedModule,
  ) {
    this.text = annotated.typst.split('\n');
    this.body = converted.file.body.split('\n');
    this.text.forEach((l, i) => {
      const m = MARKER.exec(l);
      if (!m) return;
      const last = this.regions[this.regions.length - 1];
      if (last) last.end = i;
      this.regions.push({ start: i, end: this.text.length, block: m[1] === undefined ? undefined : Number(m[1]), keep: m[1] === undefined || m[2] !== undefined });
    });
  }

  /** 0-based line of the marked Typst holding line `n` (1-based) of the Typst without markers. */
  markedIndex(n: number): number | undefined {
    let seen = 0;
    for (let i = 0; i < this.text.length; i++) {
      if (MARKER.test(this.text[i]!)) continue;
      if (++seen === n) return i;
    }
    return undefined;
  }

  /** The Markdown line of a 0-based line of the marked Typst: its block's, or a line of the block holding the text. */
  markdownLine(index: number): number | undefined {
    const at = this.regionAt(index);
    if (!at) return undefined;
    const i = this.regions.indexOf(at);
    const owner = this.regions.slice(0, i + 1).reverse().find((r) => r.block !== undefined);
    if (owner?.block === undefined) return undefined;
    const lines = this.annotated.lines;
    const start = lines[owner.block - 1]!;
    const next = lines.slice(owner.block).find((l) => l > start) ?? this.converted.file.bodyLine + this.body.length;
    const { bodyLine } = this.converted.file;
    return markdownLine(this.text[index], this.body, start - bodyLine, next - bodyLine, bodyLine) ?? start;
  }

  /**
   * Blanks the block holding a 0-based line (keeping the line count). An
   * error outside any block that can be blanked (a section title, a closing
   * line) empties the whole module instead, so the other modules are still
   * searched. False when there is nothing left to take out.
   */
  blank(index: number): boolean {
    if (this.emptied) return false;
    const at = this.regionAt(index);
    if (!at || at.keep || this.blanked.has(at.start)) {
      this.emptied = true;
      return true;
    }
    this.blanked.add(at.start);
    for (let i = at.start + 1; i < at.end; i++) this.text[i] = '';
    return true;
  }

  /** The Typst to compile next. */
  typst(): string {
    return this.emptied ? EMPTY_MODULE : this.text.join('\n');
  }

  private regionAt(index: number): Region | undefined {
    return this.regions.find((r) => index >= r.start && index < r.end);
  }
}

export interface ErrorSearch {
  /** The module with markers (ModuleConverter.annotate). */
  annotate(converted: ConvertedModule): Promise<AnnotatedModule | undefined>;
  /** Compiles the document with some files replaced: its errors, or undefined when it compiles. */
  compile(files: Map<string, Uint8Array | string>): Promise<TypstDiagnostic[] | undefined> | TypstDiagnostic[] | undefined;
}

/**
 * Every error of a document that failed with `first`, each naming the
 * Markdown file and line it comes from (see the top of this file). Errors
 * outside the modules (images, the template) are reported as Typst gives them.
 */
export async function typstErrors(first: TypstDiagnostic[], doc: PreparedDocument, search: ErrorSearch): Promise<PromokitError[]> {
  const marked = new Map<string, MarkedModule>();
  // Paths whose marked Typst the diagnostics at hand were compiled from.
  let compiledMarked = new Set<string>();
  let diagnostics = first;
  const found: PromokitError[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let blanked = false;
    for (const d of diagnostics) {
      const converted = d.path ? doc.modules.get(d.path) : undefined;
      if (!d.path || !converted || d.line === undefined) {
        found.push(finding(d, doc, 'error', undefined));
        continue;
      }
      let m = marked.get(d.path);
      if (!m) {
        const annotated = await search.annotate(converted);
        if (annotated) marked.set(d.path, (m = new MarkedModule(converted, annotated)));
      }
      const typstLine = d.line - PRELUDE_LINES;
      const index = !m ? undefined : compiledMarked.has(d.path) ? typstLine - 1 : m.markedIndex(typstLine);
      if (!m || index === undefined) {
        found.push(...typstFindings([d], doc));
        continue;
      }
      found.push(finding(d, doc, 'error', m.markdownLine(index)));
      if (m.blank(index)) blanked = true;
    }
    if (!blanked) break;
    const files = new Map(doc.files);
    for (const [path, m] of marked) files.set(path, MODULE_PRELUDE + m.typst());
    compiledMarked = new Set(marked.keys());
    const next = await search.compile(files);
    if (!next) break;
    diagnostics = next;
  }
  return dedupe(found);
}

/**
 * Compiles a prepared document (its /main.typ). When Typst fails, throws
 * DocumentErrors with every error of the document (typstErrors); when a
 * bounded document runs out of time (src/typeset/typeset.ts), with the
 * `typeset-timeout` finding and the errors found until then. With a pool,
 * the document is set in one of its children.
 */
export async function compileDocument(doc: PreparedDocument, annotate: ErrorSearch['annotate'], pool?: Typesetting): Promise<CompiledPdf> {
  const run = typesetter(doc, pool);
  try {
    return await run(doc.files);
  } catch (err) {
    const stopped = typesetFailure(err, doc);
    if (stopped) throw new DocumentErrors([stopped]);
    if (!(err instanceof TypstCompileError)) throw err;
    let failure: PromokitError | undefined;
    const compile = async (files: Map<string, Uint8Array | string>): Promise<TypstDiagnostic[] | undefined> => {
      try {
        await run(files);
        return undefined;
      } catch (e) {
        if (e instanceof TypstCompileError) return e.diagnostics;
        failure = typesetFailure(e, doc);
        if (failure) return undefined; // ends the search
        throw e;
      }
    };
    const found = await typstErrors(err.diagnostics, doc, { annotate, compile });
    throw new DocumentErrors(failure ? [...found, failure] : found);
  }
}
