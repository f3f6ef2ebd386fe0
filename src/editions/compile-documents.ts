// The documents of one build: each prepared once (its modules converted by
// pandoc, or read from the cache) and compiled once (by Typst, or read from
// the cache), however many outputs use it. Nothing here writes an output file.
import { PromokitError } from '../errors.js';
import { loadPdf } from '../assemble/load.js';
import type { BuildCache } from '../cache/build-cache.js';
import { ModuleConverter } from '../convert/convert.js';
import type { Pandoc } from '../convert/pandoc.js';
import { manualTimestamp } from '../model/dates.js';
import type { Manual, Module, Project } from '../model/types.js';
import type { PdfStandardName } from '../typeset/compile.js';
import { prepareDocument, type DocLayout, type DocPart, type Paper, type PreparedDocument, type TocEntry } from '../typeset/document.js';
import type { Ticket, TypesetPool } from '../typeset/typeset-pool.js';
import { compileDocument, typstFindings } from '../typeset/typst-errors.js';

import type { Compiled, CompiledPiece, PieceMark } from './compiled.js';

export type { Compiled, CompiledPiece, PieceMark };

/** What a piece is besides its manual, languages and layout. */
export interface PieceRequest {
  part: Exclude<DocPart, 'manual'>;
  toc?: readonly TocEntry[];
  xrefs?: readonly string[];
}

/** Bump when what a piece's cache entry holds changes. */
const PIECE_VERSION = '1';

/** What every document of a build shares. */
export interface DocumentSettings {
  paper?: Paper;
  draft?: boolean;
  pdfStandard?: PdfStandardName;
  /** The raw SOURCE_DATE_EPOCH value. */
  sourceDateEpoch?: string;
  /** False: without `::: facilitator` notes (an attendee's packet). Default true. */
  facilitator?: boolean;
  /** False: without footer page numbers (a packet numbers its pages itself). Default true. */
  pageNumbers?: boolean;
}

export interface DocumentStats {
  converted: number;
  convertedFromCache: number;
  compiled: number;
  compiledFromCache: number;
  /** Pieces of joined editions: modules (and glossaries) set by Typst and read from the cache; fronts (cover and contents) set by Typst. */
  typeset: { modules: number; cached: number; fronts: number };
}

export class DocumentCompiler {
  private readonly converter: ModuleConverter;
  private readonly prepared = new Map<string, Promise<PreparedDocument>>();
  private readonly compiled = new Map<string, Promise<Compiled>>();
  private compiledCount = 0;
  private compiledFromCache = 0;
  private readonly pieces = new Map<string, Promise<CompiledPiece>>();
  /** Each piece's place in the pool's line: asked for ahead, moved up once an edition waits for it. */
  private readonly tickets = new Map<string, Ticket>();
  private readonly typeset = { modules: 0, cached: 0, fronts: 0 };

  constructor(
    private readonly project: Project,
    private readonly settings: DocumentSettings,
    pandoc: Pandoc,
    private readonly cache: BuildCache,
    /** Where pieces are set: a pool of Typst children, or (undefined) the main thread. */
    private readonly pool?: TypesetPool,
  ) {
    this.converter = new ModuleConverter(async () => pandoc, pandoc.version, cache);
  }

  stats(): DocumentStats {
    return {
      converted: this.converter.stats.converted,
      convertedFromCache: this.converter.stats.cached,
      compiled: this.compiledCount,
      compiledFromCache: this.compiledFromCache,
      typeset: { ...this.typeset },
    };
  }

  /** Everything one document is compiled from (`module`: the module pages alone, without cover, contents and glossary). */
  prepare(manual: Manual, langs: readonly string[], layout: DocLayout, part: 'manual' | 'module' = 'manual'): Promise<PreparedDocument> {
    return this.prepareAs(manual, langs, layout, { part });
  }

  /**
   * A piece of a joined edition: its date is left out (the edition gets its
   * own), so that a newer `reviewed:` in one module does not set every piece again.
   */
  preparePiece(manual: Manual, langs: readonly string[], layout: DocLayout, piece: PieceRequest): Promise<PreparedDocument> {
    return this.prepareAs(manual, langs, layout, { ...piece, marks: true });
  }

  private prepareAs(manual: Manual, langs: readonly string[], layout: DocLayout, extra: { part: DocPart; marks?: boolean; toc?: readonly TocEntry[]; xrefs?: readonly string[] }): Promise<PreparedDocument> {
    const { part, toc, xrefs } = extra;
    const marks = extra.marks === true;
    const id = `${manual.id}|${langs.join(',')}|${layout}|${part}|${part === 'manual' ? '' : manual.modules.map((m) => m.id).join(',')}|${marks ? JSON.stringify(extra) : ''}`;
    let p = this.prepared.get(id);
    if (!p) {
      const { paper, draft, pdfStandard, sourceDateEpoch, facilitator, pageNumbers } = this.settings;
      p = prepareDocument(
        {
          manual,
          langs: [...langs],
          layout,
          paper: paper ?? 'letter',
          draft: draft ?? false,
          part,
          ...(marks ? { marks, ...(toc ? { toc } : {}), ...(xrefs ? { xrefs } : {}) } : {}),
          ...(pdfStandard ? { pdfStandard } : {}),
          ...(facilitator === false ? { facilitator } : {}),
          ...(pageNumbers === false ? { pageNumbers } : {}),
          timestamp: marks ? 0 : manualTimestamp(manual, sourceDateEpoch),
        },
        this.converter,
        this.project.root,
      ).then((doc) => {
        // A compiled PDF still wanted, even when this run does not read it (see BuildCache.prune).
        this.cache.keep('pdf', `${doc.key}.pdf`);
        if (marks) this.cache.keep('pdf', `${doc.key}.json`);
        return doc;
      });
      this.prepared.set(id, p);
    }
    return p;
  }

  /** Editions in pieces, unless a PDF standard asks for Typst's own structure (see oneDocument). PROMOKIT_WHOLE_DOCUMENTS=1 sets them whole. */
  get pieced(): boolean {
    return this.settings.pdfStandard === undefined && this.settings.pageNumbers !== false && process.env.PROMOKIT_WHOLE_DOCUMENTS !== '1';
  }

  get typesetAhead(): boolean {
    return this.pool !== undefined;
  }

  async keepFronts(base: string): Promise<void> {
    const known = await this.cache.read('pdf', `${base}.fronts`);
    for (const key of known ? known.toString('utf8').split('\n').filter(Boolean) : []) {
      this.cache.keep('pdf', `${key}.pdf`);
      this.cache.keep('pdf', `${key}.json`);
    }
  }

  async recordFronts(base: string, keys: readonly string[]): Promise<void> {
    await this.cache.write('pdf', `${base}.fronts`, `${keys.join('\n')}\n`);
  }

  timestamp(manual: Manual): number {
    return manualTimestamp(manual, this.settings.sourceDateEpoch);
  }

  async convertedTypst(manual: Manual, module: Module, lang: string): Promise<string | undefined> {
    const file = module.files[lang];
    if (!file?.meta) return undefined;
    return this.converter.convert(manual, module, file).then(
      (c) => c.typst,
      () => undefined,
    );
  }

  /** The compiled PDF of a prepared document: from the cache, or Typst. */
  compile(doc: PreparedDocument): Promise<Compiled> {
    let p = this.compiled.get(doc.key);
    if (!p) {
      p = (async () => {
        const hit = await this.cache.read('pdf', `${doc.key}.pdf`);
        if (hit) {
          this.compiledFromCache++;
          const pages = (await loadPdf(hit, `${doc.key}.pdf`)).getPageCount();
          return { pdf: new Uint8Array(hit), pages, warnings: [] };
        }
        const result = await compileDocument(doc, (converted) => this.converter.annotate(converted));
        this.compiledCount++;
        await this.cache.write('pdf', `${doc.key}.pdf`, result.pdf);
        return { pdf: result.pdf, pages: result.pages, warnings: [...typstFindings(result.warnings, doc, 'warning'), ...squeezedTables(doc, result.queried)] };
      })();
      this.compiled.set(doc.key, p);
    }
    return p;
  }

  /** A piece of a joined edition: its PDF and marks from the cache, or Typst; `ahead`: asked for before it is needed (see typesetAhead). */
  compilePiece(doc: PreparedDocument, ahead = false): Promise<CompiledPiece> {
    let ticket = this.tickets.get(doc.key);
    if (!ticket) this.tickets.set(doc.key, (ticket = { lane: ahead ? 'ahead' : 'now' }));
    else if (!ahead) ticket.lane = 'now';
    let p = this.pieces.get(doc.key);
    if (!p) {
      const front = doc.request.part === 'front';
      p = (async () => {
        const [hit, meta] = await Promise.all([this.cache.read('pdf', `${doc.key}.pdf`), this.cache.read('pdf', `${doc.key}.json`)]);
        const known = meta ? (JSON.parse(meta.toString('utf8')) as { version?: string; pages?: number; marks?: PieceMark[] }) : undefined;
        if (hit && known?.version === PIECE_VERSION && typeof known.pages === 'number' && Array.isArray(known.marks)) {
          if (!front) this.typeset.cached++;
          return { pdf: new Uint8Array(hit), pages: known.pages, marks: known.marks, warnings: [] };
        }
        const result = await compileDocument(doc, (converted) => this.converter.annotate(converted), this.pool?.lane(ticket));
        this.typeset[front ? 'fronts' : 'modules']++;
        const marks = marksOf(result.queried);
        await this.cache.write('pdf', `${doc.key}.pdf`, result.pdf);
        await this.cache.write('pdf', `${doc.key}.json`, JSON.stringify({ version: PIECE_VERSION, pages: result.pages, marks }));
        const squeezed = result.queried.filter((q) => typeof q === 'string');
        return { pdf: result.pdf, pages: result.pages, marks, warnings: [...typstFindings(result.warnings, doc, 'warning'), ...squeezedTables(doc, squeezed)] };
      })();
      this.pieces.set(doc.key, p);
    }
    return p;
  }
}

/** The marks among what a piece's query found (the rest are squeezed tables' part titles). */
function marksOf(queried: readonly unknown[]): PieceMark[] {
  return queried.filter((q): q is PieceMark => typeof q === 'object' && q !== null && 'kind' in q);
}

/**
 * The parallel edition never sets text under 12pt, so a table too wide for
 * its column even at the smallest size it may take is scaled down as a whole:
 * a warning for each part (module) holding one, suggesting the sequential
 * layout, whose one column is twice as wide.
 */
export function squeezedTables(doc: PreparedDocument, queried: readonly unknown[]): PromokitError[] {
  if (doc.request.layout !== 'parallel' || doc.request.langs.length < 2) return [];
  const parts = [...new Set(queried.map((q) => (typeof q === 'string' ? q : '')))];
  return parts.map(
    (part) =>
      new PromokitError(
        `${doc.request.manual.id}, ${doc.request.langs.join('-')} edition (parallel): a table${part ? ` in "${part}"` : ''} does not fit its column at a readable size, so it is scaled down; ` +
          'shorten its cells or give it fewer columns, or build with --layout sequential (one language after the other, in one wide column)',
        { file: doc.request.manual.configFile, rule: 'parallel-too-narrow' },
      ),
  );
}
