// The documents of one build: each prepared once (its modules converted by
// pandoc, or read from the cache) and compiled once (by Typst, or read from
// the cache), however many outputs use it. Nothing here writes an output file.
import { PromokitError } from '../errors.js';
import { loadPdf } from '../assemble/load.js';
import type { BuildCache } from '../cache/build-cache.js';
import { ModuleConverter } from '../convert/convert.js';
import type { Pandoc } from '../convert/pandoc.js';
import { manualTimestamp } from '../model/dates.js';
import type { Manual, Project } from '../model/types.js';
import type { PdfStandardName } from '../typeset/compile.js';
import { prepareDocument, type DocLayout, type Paper, type PreparedDocument } from '../typeset/document.js';
import { compileDocument, typstFindings } from '../typeset/typst-errors.js';

/** A compiled document, before any imposition. */
export interface Compiled {
  pdf: Uint8Array;
  pages: number;
  /** What Typst warned of (none when read from the cache). */
  warnings: PromokitError[];
}

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
}

export class DocumentCompiler {
  private readonly converter: ModuleConverter;
  private readonly prepared = new Map<string, Promise<PreparedDocument>>();
  private readonly compiled = new Map<string, Promise<Compiled>>();
  private compiledCount = 0;
  private compiledFromCache = 0;

  constructor(
    private readonly project: Project,
    private readonly settings: DocumentSettings,
    pandoc: Pandoc,
    private readonly cache: BuildCache,
  ) {
    this.converter = new ModuleConverter(async () => pandoc, pandoc.version, cache);
  }

  stats(): DocumentStats {
    return {
      converted: this.converter.stats.converted,
      convertedFromCache: this.converter.stats.cached,
      compiled: this.compiledCount,
      compiledFromCache: this.compiledFromCache,
    };
  }

  /** Everything one document is compiled from (`module`: the module pages alone, without cover, contents and glossary). */
  prepare(manual: Manual, langs: readonly string[], layout: DocLayout, part: 'manual' | 'module' = 'manual'): Promise<PreparedDocument> {
    const id = `${manual.id}|${langs.join(',')}|${layout}|${part}|${part === 'module' ? manual.modules.map((m) => m.id).join(',') : ''}`;
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
          ...(pdfStandard ? { pdfStandard } : {}),
          ...(facilitator === false ? { facilitator } : {}),
          ...(pageNumbers === false ? { pageNumbers } : {}),
          timestamp: manualTimestamp(manual, sourceDateEpoch),
        },
        this.converter,
        this.project.root,
      ).then((doc) => {
        // A compiled PDF still wanted, even when this run does not read it (see BuildCache.prune).
        this.cache.keep('pdf', `${doc.key}.pdf`);
        return doc;
      });
      this.prepared.set(id, p);
    }
    return p;
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
