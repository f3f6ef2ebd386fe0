// An edition set piece by piece: each module (each module in each language,
// for one-language and sequential editions) and the glossary are Typst
// documents of their own, cached by the hash of what they are made from —
// not where they land, so a change in one module sets that module alone
// again — and joined with pdf-lib (join-pieces.ts). Typst's memory then
// grows with the largest piece, not the manual. The cover and contents are a
// small document set last, once the pieces' page counts give every start page.
//
// What depends on where a piece lands is done at the join: the page numbers
// (each piece's footer marks where its number goes), a blank left-hand page
// before a piece that would start on the left, and links into other pieces
// (the build lists each module's targets in other pieces, so that Typst makes
// them links: templates/lib.typ, pk-xref). Running heads and page sides stay
// Typst's: every piece starts on a right-hand page, as it does in the whole document.
import { hashParts } from '../cache/build-cache.js';
import { localeWords } from '../model/locales.js';
import type { Manual, Module } from '../model/types.js';
import { DocumentErrors, type DocLayout, type PreparedDocument } from '../typeset/document.js';
import { glossaryRows } from '../typeset/glossary-rows.js';
import { PromokitError } from '../errors.js';
import type { CompiledPiece } from './compile-documents.js';
import type { Documents, OutputPlan, Unimposed } from './layouts/layout.js';
import { expectJoin, joinEdition } from './join-edition.js';
import { editionMetadata } from './metadata.js';

/** Bump when the joining changes. */
const ASSEMBLE_VERSION = '3';

/** Front pages assumed before the cover and contents are set: a cover and one page of contents. */
const FRONT_GUESS = 2;

/** Where each piece starts (0-based), after `front` pages: always on a right-hand (odd-numbered) page. */
export function placePieces(front: number, pages: readonly number[]): number[] {
  let at = front;
  return pages.map((n) => {
    if (at % 2 === 1) at++;
    const start = at;
    at += n;
    return start;
  });
}

interface Piece {
  doc: PreparedDocument;
  /** Its level-1 heading, as the contents list it. */
  title: string;
}

/** Labels a converted module defines (its sections, headings) and those it links to. */
function labelsOf(typst: string): { defines: string[]; links: string[] } {
  const links = [...typst.matchAll(/#pk-xref\("(pk:[^"\\]+)"\)/g)].map((m) => m[1]!);
  const defines = [...typst.matchAll(/label: "(pk:[^"\\]+)"|<(pk:[^>\s]+)>|label\("(pk:[^"\\]+)"\)/g)].map((m) => (m[1] ?? m[2] ?? m[3])!);
  return { defines, links };
}

/** The source of an edition set in pieces: the key of everything it is made from, and how to make it. */
export async function piecedEdition(plan: OutputPlan, docs: Documents, layout: DocLayout): Promise<Unimposed> {
  const { manual, langs } = plan;
  // A module's pieces: one per language, or one with both side by side.
  const units: { module: Module; langs: string[] }[] =
    layout === 'parallel' ? manual.modules.map((module) => ({ module, langs })) : langs.flatMap((l) => manual.modules.map((module) => ({ module, langs: [l] })));
  const pieceLayout: DocLayout = layout === 'sequential' ? 'single' : layout;

  // Every label each unit defines, to tell which of its links lead into another piece.
  const labels = await Promise.all(
    units.map(async (u) => {
      const found = await Promise.all(u.langs.map((l) => docs.convertedTypst(manual, u.module, l)));
      const all = found.map((t) => labelsOf(t ?? ''));
      return { defines: new Set([...u.langs.map((l) => `pk:${u.module.id}:${l}`), ...all.flatMap((a) => a.defines)]), links: all.flatMap((a) => a.links) };
    }),
  );
  const settled = await Promise.allSettled(
    units.map((u, i) => {
      const own = labels[i]!.defines;
      const xrefs = [...new Set(labels[i]!.links)].filter((t) => !own.has(t) && labels.some((o) => o.defines.has(t))).sort();
      return docs.preparePiece({ ...manual, modules: [u.module] }, u.langs, pieceLayout, { part: 'module', xrefs });
    }),
  );
  const errors = settled.flatMap((s): PromokitError[] => (s.status === 'fulfilled' ? [] : s.reason instanceof DocumentErrors ? s.reason.errors : (() => { throw s.reason; })()));
  if (errors.length) throw new DocumentErrors(errors);
  const pieces: Piece[] = settled.map((s, i) => {
    const u = units[i]!;
    const doc = (s as PromiseFulfilledResult<PreparedDocument>).value;
    return { doc, title: u.langs.map((l) => u.module.files[l]?.meta?.title ?? u.module.id).join(' / ') };
  });
  const bare: Manual = { ...manual, modules: [] };
  if (glossaryRows(manual, langs).length > 0) {
    const doc = await docs.preparePiece(bare, langs, layout, { part: 'glossary' });
    pieces.push({ doc, title: langs.map((l) => localeWords(manual, l).words.glossary).join(' / ') });
  }
  const front = (toc: { title: string; page: number }[]) => docs.preparePiece(bare, langs, layout, { part: 'front', toc });
  // Failures surface in make, in the order of the pieces.
  if (docs.typesetAhead) for (const p of pieces) docs.compilePiece(p.doc, true).catch(() => undefined);
  const base = await front(pieces.map((p) => ({ title: p.title, page: 0 })));
  await docs.keepFronts(base.key);

  return {
    key: hashParts([ASSEMBLE_VERSION, String(docs.timestamp(manual)), base.key, ...pieces.map((p) => p.doc.key)]),
    make: async () => {
      expectJoin();
      // All at once (a pool sets them side by side; the main thread, one after another); every piece's errors are reported, in order.
      const settledPieces = await Promise.allSettled(pieces.map((p) => docs.compilePiece(p.doc)));
      const compiled: CompiledPiece[] = [];
      const failed: PromokitError[] = [];
      for (const s of settledPieces) {
        if (s.status === 'fulfilled') compiled.push(s.value);
        else if (s.reason instanceof DocumentErrors) failed.push(...s.reason.errors);
        else if (s.reason instanceof PromokitError) failed.push(s.reason);
        else throw s.reason;
      }
      if (failed.length) throw new DocumentErrors(failed);
      const pages = compiled.map((c) => c.pages);
      // The contents' length moves every start page: set it with a guess, then again if the guess was wrong.
      let frontPages = FRONT_GUESS;
      let set: { front: CompiledPiece; starts: number[]; kept: number } | undefined;
      const fronts: string[] = [];
      for (let round = 0; round < 3; round++) {
        const starts = placePieces(frontPages, pages);
        const doc = await front(pieces.map((p, i) => ({ title: p.title, page: starts[i]! + 1 })));
        fronts.push(doc.key);
        const made = await docs.compilePiece(doc);
        const stubs = made.marks.find((m) => m.kind === 'stubs');
        const kept = stubs ? stubs.page - 1 : made.pages;
        set = { front: made, starts, kept };
        // Fewer pages than assumed: the join leaves the rest blank.
        if (kept <= frontPages) break;
        frontPages = kept;
      }
      await docs.recordFronts(base.key, fronts);
      const input = { front: set!.front, frontPages: set!.kept, pieces: compiled, starts: set!.starts, file: plan.name };
      const { pdf, pages: total } = await joinEdition({ input, metadata: editionMetadata(plan, docs.timestamp(manual)) });
      return { pdf, pages: total, warnings: [...set!.front.warnings, ...compiled.flatMap((c) => c.warnings)] };
    },
  };
}
