// Concatenating PDFs into one, each part optionally starting on a front
// (odd-numbered) page for duplex printing, with a bookmark per part.
import { PDFDocument } from 'pdf-lib';
import { toDocument, type PdfInput } from './load.js';
import { readOutline, setOutline, type OutlineEntry } from './outline.js';

export interface MergePart {
  pdf: PdfInput;
  /** The part's bookmark; without one, the part's own bookmarks go to the top level. */
  title?: string;
  /** Names the part in errors (a path); default `part N`. */
  file?: string;
  /** How the part sits on the sheets of a duplex print (see SheetRule). */
  sheet?: SheetRule;
}

/**
 * `front`: starts on a front (odd) page. `alone`: starts on a front page and
 * the next part starts on a new sheet (a blank back when it ends on a front).
 * `end`: the next part starts on a new sheet.
 */
export type SheetRule = 'front' | 'alone' | 'end';

const startsOnFront = (rule: SheetRule | undefined): boolean => rule === 'front' || rule === 'alone';
const endsSheet = (rule: SheetRule | undefined): boolean => rule === 'alone' || rule === 'end';

/** Where each part starts (0-based) and the total page count, blanks included: what mergePdfs makes. */
export function sheetPlan(parts: readonly { pages: number; sheet?: SheetRule | undefined }[], startOnOddPage = false): { starts: number[]; total: number } {
  let at = 0;
  const starts: number[] = [];
  for (const p of parts) {
    if ((startOnOddPage || startsOnFront(p.sheet)) && at % 2 === 1) at++;
    starts.push(at);
    at += p.pages;
    if (endsSheet(p.sheet) && at % 2 === 1) at++;
  }
  return { starts, total: at };
}

/** Blank pages before a part with `rule`, so it starts where sheetPlan says. */
export function padBefore(doc: PDFDocument, rule: SheetRule | undefined): void {
  if (startsOnFront(rule)) padToEven(doc);
}

/** Blank pages after a part with `rule`. */
export function padAfter(doc: PDFDocument, rule: SheetRule | undefined): void {
  if (endsSheet(rule)) padToEven(doc);
}

export interface MergeOptions {
  /**
   * Start every part on an odd page (a front side when printed duplex) by
   * inserting a blank page the size of the page before it. Default false.
   */
  startOnOddPage?: boolean;
  /** Keep each part's own bookmarks, under the part's entry. Default true. */
  keepOutlines?: boolean;
}

/** A merged document plus where each part starts (0-based page index). */
export interface Merged {
  doc: PDFDocument;
  starts: number[];
}

/** Concatenates `parts` in order. Page sizes and rotations are kept. */
export async function mergePdfs(parts: readonly MergePart[], options: MergeOptions = {}): Promise<PDFDocument> {
  return (await mergeWithStarts(parts, options)).doc;
}

/** As mergePdfs, also returning the page where each part starts (for an agenda or a table of contents). */
export async function mergeWithStarts(parts: readonly MergePart[], options: MergeOptions = {}): Promise<Merged> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const outline: OutlineEntry[] = [];
  const starts: number[] = [];
  for (const [i, part] of parts.entries()) {
    const source = await toDocument(part.pdf, part.file ?? `part ${i + 1}`);
    if (options.startOnOddPage) padToEven(out);
    padBefore(out, part.sheet);
    const start = out.getPageCount();
    starts.push(start);
    const pages = await out.copyPages(source, source.getPageIndices());
    for (const page of pages) out.addPage(page);
    padAfter(out, part.sheet);
    const own = options.keepOutlines === false ? [] : shift(readOutline(source), start);
    if (part.title !== undefined) {
      const entry: OutlineEntry = { title: part.title, pageIndex: start };
      if (own.length > 0) entry.children = own;
      outline.push(entry);
    } else {
      outline.push(...own);
    }
  }
  setOutline(out, outline);
  return { doc: out, starts };
}

/** Adds a blank page (the size of the last one: it is that sheet's back) if the count is odd. */
export function padToEven(doc: PDFDocument): void {
  const count = doc.getPageCount();
  if (count % 2 === 0) return;
  const last = doc.getPage(count - 1);
  const { width, height } = last.getSize();
  const blank = doc.addPage([width, height]);
  blank.setRotation(last.getRotation());
}

function shift(entries: OutlineEntry[], by: number): OutlineEntry[] {
  return entries.map((e) => {
    const moved: OutlineEntry = { ...e, pageIndex: e.pageIndex + by };
    if (e.children) moved.children = shift(e.children, by);
    return moved;
  });
}
