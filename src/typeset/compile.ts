// Typst → PDF in process, through one warm compiler. Every document is a set of
// virtual files (mapShadow) under a fixed workspace: the template library, the
// main file, the data JSON, the converted modules and the image bytes. Typst
// reads nothing else, so the same inputs give the same bytes on any machine.
//
// Fonts: the packaged ones (src/typeset/fonts.ts) and those built into Typst.
// The compiler has no switch to skip the system's fonts; it finds them through
// fontconfig's files on Linux and BSD, so while it starts FONTCONFIG_FILE
// names templates/fonts.conf, whose one font folder holds no font. On macOS
// and Windows the system's fonts are still loaded, but the templates set
// `fallback: false` and name only packaged families, which are registered
// first and so win over system fonts of the same name.
import { engineLoaded } from '../engines.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { posix, resolve } from 'node:path';
import type { NodeCompiler as NodeCompilerT } from '@myriaddreamin/typst-ts-node-compiler';
import { packageJsonVersion } from '../cache/package-version.js';
import { fontFiles } from './fonts.js';
import { templatePath } from '../templates.js';

/** Where the virtual files live. Never created on disk. */
export const WORKSPACE = resolve('/__promokit__');

export interface TypstDiagnostic {
  message: string;
  /** Path inside the workspace, `/m/01-estres.es.typ`; undefined when Typst gives none. */
  path: string | undefined;
  /** 1-based line in that file. */
  line: number | undefined;
  severity: 'error' | 'warning';
}

export class TypstCompileError extends Error {
  constructor(readonly diagnostics: TypstDiagnostic[]) {
    super(diagnostics.map((d) => `${d.path ?? ''}${d.line ? `:${d.line}` : ''}: ${d.message}`).join('\n'));
    this.name = 'TypstCompileError';
  }
}

export interface CompileInput {
  /** Workspace path → content. Must include `mainPath`. */
  files: Map<string, Uint8Array | string>;
  mainPath: string;
  /** Seconds since the epoch, for the PDF's dates. */
  timestamp: number;
  /** `ua-1` (accessible) or `a-2b` (archival): Typst checks the document against it. */
  pdfStandard?: PdfStandardName;
  /** A Typst selector (`<pk-overflow>`): the `value` of each match is returned in `queried`. */
  query?: string;
}

export const PDF_STANDARDS = ['ua-1', 'a-2b'] as const;
export type PdfStandardName = (typeof PDF_STANDARDS)[number];

export interface CompiledPdf {
  pdf: Uint8Array;
  pages: number;
  warnings: TypstDiagnostic[];
  /** Values of the `query` matches, in document order. */
  queried: unknown[];
}

/** Warnings that mean the PDF would not look as written: treated as errors. */
const FATAL_WARNINGS = [/unknown font family/i, /font .* not found/i];

let compiler: NodeCompilerT | undefined;
let memoGenerations = 0;

/** Keep Typst's memo of the last `generations` compilations (for watch). */
export function keepTypstMemo(generations: number): void {
  memoGenerations = generations;
}
/** Read once; null until then. */
let compilerVersion: string | undefined | null = null;

function getCompiler(): NodeCompilerT {
  if (!compiler) {
    engineLoaded('typst');
    const require = createRequire(import.meta.url);
    const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler') as typeof import('@myriaddreamin/typst-ts-node-compiler');
    const fontBlobs = fontFiles().map((f) => readFileSync(f.path));
    compiler = withoutSystemFonts(() => NodeCompiler.create({ workspace: WORKSPACE, fontArgs: [{ fontBlobs }] }));
  }
  return compiler;
}

/** The fontconfig file that lists no font folder with fonts in it. */
export function noFontsConfig(): string {
  return templatePath('fonts.conf');
}

/** Runs `make` with FONTCONFIG_FILE naming templates/fonts.conf (see the top of this file). */
function withoutSystemFonts<T>(make: () => T): T {
  const saved = process.env.FONTCONFIG_FILE;
  process.env.FONTCONFIG_FILE = noFontsConfig();
  try {
    return make();
  } finally {
    if (saved === undefined) delete process.env.FONTCONFIG_FILE;
    else process.env.FONTCONFIG_FILE = saved;
  }
}

/**
 * `0.7.0`, the installed @myriaddreamin/typst-ts-node-compiler: part of the
 * output cache key. The package pins its native compiler (and so the Typst in
 * it) to exactly its own version, and the compiler has no version call, so
 * its package.json is where the version is read. Undefined when it cannot be
 * read: the build then keeps compiled PDFs out of the cache.
 */
export function typstCompilerVersion(): string | undefined {
  if (compilerVersion === null) {
    let file: string | undefined;
    try {
      file = createRequire(import.meta.url).resolve('@myriaddreamin/typst-ts-node-compiler/package.json');
    } catch {
      file = undefined;
    }
    compilerVersion = file === undefined ? undefined : packageJsonVersion(file);
  }
  return compilerVersion;
}

interface RawDiagnostic {
  message?: string;
  path?: string;
  severity?: number;
  range?: { start?: { line?: number } } | null;
}

function toDiagnostic(d: RawDiagnostic): TypstDiagnostic {
  let path: string | undefined;
  if (d.path) {
    const rel = posix.relative(WORKSPACE.split('\\').join('/'), d.path.split('\\').join('/'));
    path = rel.startsWith('..') ? d.path : `/${rel}`;
  }
  const line = d.range?.start?.line;
  return {
    message: d.message ?? 'unknown error',
    path,
    line: typeof line === 'number' ? line + 1 : undefined,
    severity: d.severity === 1 ? 'error' : 'warning',
  };
}

/**
 * Compiles one document. Throws TypstCompileError with the diagnostics (file,
 * line) when Typst reports an error or a fatal warning.
 */
export function compileTypst(input: CompileInput): CompiledPdf {
  const c = getCompiler();
  c.resetShadow();
  try {
    for (const [path, content] of input.files) {
      c.mapShadow(posix.join(WORKSPACE, path), Buffer.from(typeof content === 'string' ? Buffer.from(content, 'utf8') : content));
    }
    const result = c.compile({ mainFilePath: posix.join(WORKSPACE, input.mainPath) });
    const err = result.takeError();
    if (err) {
      let raw: RawDiagnostic[];
      try {
        raw = c.fetchDiagnostics(err) as RawDiagnostic[];
      } catch {
        raw = err.shortDiagnostics as RawDiagnostic[];
      }
      const diags = raw.map(toDiagnostic).filter((d) => d.severity === 'error');
      throw new TypstCompileError(diags.length ? diags : [{ message: 'Typst failed', path: undefined, line: undefined, severity: 'error' }]);
    }
    const warnObj = result.takeWarnings();
    const warnings = warnObj ? (c.fetchDiagnostics(warnObj) as RawDiagnostic[]).map(toDiagnostic) : [];
    const fatal = warnings.filter((w) => FATAL_WARNINGS.some((re) => re.test(w.message)));
    if (fatal.length) throw new TypstCompileError(fatal.map((w) => ({ ...w, severity: 'error' as const })));
    const doc = result.result;
    if (!doc) throw new TypstCompileError([{ message: 'Typst produced no document', path: undefined, line: undefined, severity: 'error' }]);
    let pdf: Buffer;
    try {
      pdf = c.pdf(doc, { creationTimestamp: input.timestamp, ...(input.pdfStandard ? { pdfStandard: input.pdfStandard } : {}) });
    } catch (e) {
      // A document that breaks the chosen standard (an image without alt text for ua-1…).
      const message = e instanceof Error ? e.message : String(e);
      throw new TypstCompileError([{ message: `not ${input.pdfStandard ?? 'exportable as PDF'}: ${message}`, path: undefined, line: undefined, severity: 'error' }]);
    }
    const queried = input.query ? (c.query(doc, { selector: input.query, field: 'value' }) as unknown[]) : [];
    return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), pages: doc.numOfPages, warnings, queried };
  } finally {
    c.resetShadow();
    // Typst's memo of layout results otherwise piles up. A batch build keeps
    // none of it between documents: on a 60-lesson project (881 pages) that
    // took the peak from 1.9 GB to 1.1 GB. `watch` keeps recent results,
    // which make its re-renders fast.
    c.evictCache(memoGenerations);
  }
}
