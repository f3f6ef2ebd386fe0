// The HTML (phone) edition for `promokit build --format html`, and the EPUB
// edition for `--format epub`: the calls the build command makes when --format
// includes them. Each loads the project, builds with src/html/ and says each
// file's size.
import { relative } from 'node:path';
import type { PromokitError } from '../../errors.js';
import { loadProject } from '../../model/load-project.js';

export interface HtmlEditionRequest {
  /** The resolved project root. */
  root: string;
  /** The resolved output folder. */
  out: string;
  /** Manual ids; empty: all. */
  manuals: string[];
  /** Languages; undefined: every language of each manual. */
  langs: string[] | undefined;
  /** Also one page per module (out/<id>/modules/). */
  perModule: boolean;
  /** Print nothing (errors are the caller's to print). */
  quiet: boolean;
}

export interface HtmlEditionFile {
  /** Absolute path. */
  path: string;
  bytes: number;
  upToDate: boolean;
}

export interface HtmlEditionResult {
  files: HtmlEditionFile[];
  /** Sources that kept a page from being written (that page only). */
  failures: PromokitError[];
  /** Pages over the size budget. */
  warnings: PromokitError[];
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

/** The project, without the manuals whose manual.yaml cannot be read (the build command reports those), and the ids asked for. */
function projectFor(req: { root: string; manuals: string[] }) {
  const loaded = loadProject(req.root);
  const selected = req.manuals.filter((id) => !loaded.brokenManuals.includes(id));
  const project = { ...loaded.project, manuals: req.manuals.length && selected.length === 0 ? [] : loaded.project.manuals };
  return { project, selected };
}

/** `built       out/m/m.es.html  131 KB` on stderr, unless quiet. */
function sayer(quiet: boolean): (o: { path: string; bytes: number; upToDate: boolean }) => void {
  const show = (p: string): string => relative(process.cwd(), p) || p;
  return (o) => {
    if (!quiet) process.stderr.write(`${o.upToDate ? 'up to date' : 'built     '}  ${show(o.path)}  ${kb(o.bytes)}\n`);
  };
}

/**
 * Builds the HTML edition. Manuals whose manual.yaml cannot be read are left
 * out (the build command reports them). Throws a UsageError for an unknown
 * manual id. Unless quiet, prints one line per file on stderr:
 * `built       out/m/m.es.html  131 KB`.
 */
export async function buildHtmlEdition(req: HtmlEditionRequest): Promise<HtmlEditionResult> {
  const { buildHtml } = await import('../../html/build-html.js');
  const { project, selected } = projectFor(req);
  const result = await buildHtml(project, {
    out: req.out,
    manuals: selected,
    ...(req.langs ? { langs: req.langs } : {}),
    perModule: req.perModule,
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
    onOutput: sayer(req.quiet),
  });
  return {
    files: result.outputs.map((o) => ({ path: o.path, bytes: o.bytes, upToDate: o.upToDate })),
    failures: result.failures,
    warnings: result.outputs.flatMap((o) => o.warnings),
  };
}

/**
 * Builds an EPUB 3 per language of each manual (out/<id>/<id>.<lang>.epub).
 * The same manuals, errors and lines as buildHtmlEdition.
 */
export async function buildEpubEdition(req: Omit<HtmlEditionRequest, 'perModule'>): Promise<HtmlEditionResult> {
  const { buildEpub } = await import('../../html/build-epub.js');
  const { project, selected } = projectFor(req);
  const result = await buildEpub(project, {
    out: req.out,
    manuals: selected,
    ...(req.langs ? { langs: req.langs } : {}),
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
    onOutput: sayer(req.quiet),
  });
  return { files: result.outputs.map((o) => ({ path: o.path, bytes: o.bytes, upToDate: o.upToDate })), failures: result.failures, warnings: [] };
}

/** The HTML and EPUB editions a `--format` list asks for, one after the other, results joined. */
export async function buildOtherEditions(editions: readonly string[], req: HtmlEditionRequest): Promise<HtmlEditionResult> {
  const results: HtmlEditionResult[] = [];
  if (editions.includes('html')) results.push(await buildHtmlEdition(req));
  if (editions.includes('epub')) results.push(await buildEpubEdition(req));
  return { files: results.flatMap((r) => r.files), failures: results.flatMap((r) => r.failures), warnings: results.flatMap((r) => r.warnings) };
}
