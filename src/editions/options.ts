// The options and results of `promokit build` (buildManuals in build.ts).
import type { PromokitError } from '../errors.js';
import type { PdfStandardName } from '../typeset/compile.js';
import type { Pandoc } from '../convert/pandoc.js';
import type { PooledPandoc } from '../convert/pandoc-pool.js';
import type { Paper } from '../typeset/document.js';
import type { EditionName, LayoutName } from './layouts/index.js';
import type { BookletOptions } from '../assemble/booklet.js';
import type { RemoteCacheOptions, RemoteCacheStats } from '../cache/remote-cache.js';
import type { Shard, ShardSummary } from '../shard.js';

export interface BuildOptions {
  /** Output folder (absolute). The cache lives in `<out>/.cache`. */
  out: string;
  /** Manual ids to build; default all. */
  manuals?: string[];
  /** Languages to build; default every language of each manual. */
  langs?: string[];
  /** Bilingual arrangement; `single` builds no bilingual edition. Default parallel. */
  layout?: LayoutName;
  /** Editions to make besides, for every manual (`large-print`); a manual's `editions:` adds its own. */
  editions?: EditionName[];
  paper?: Paper;
  draft?: boolean;
  /** Impose for saddle stitching; options choose the sheet and signature size. */
  booklet?: boolean | Pick<BookletOptions, 'sheet' | 'signature'>;
  /**
   * Which pandoc: an implementation, a path to a system pandoc, or undefined
   * for the embedded pandoc-wasm. (The CLI passes --pandoc or PROMOKIT_PANDOC.)
   */
  pandoc?: Pandoc | string;
  /**
   * The embedded pandoc already started on a worker thread (convert/pandoc-ahead.ts):
   * the build converts on it when it has a few files to convert, and stops it otherwise.
   */
  pandocAhead?: PooledPandoc;
  /**
   * Most threads converting Markdown with the embedded pandoc (default 1: in
   * process). More allow a pool of workers, each with its own pandoc-wasm,
   * when there is enough to convert (see workerThreads).
   */
  jobs?: number;
  /**
   * Print-shop output: 9 pt bleed, crop marks, TrimBox and BleedBox, an sRGB
   * output intent, no transparency on the cover; a booklet's sheets labelled
   * in the slug (src/assemble/press.ts, docs/printing.md).
   */
  press?: boolean;
  /** `ua-1` (PDF/UA-1, accessible) or `a-2b` (PDF/A-2b, archival); Typst checks the document. */
  pdfStandard?: PdfStandardName;
  /** The raw SOURCE_DATE_EPOCH value (the CLI reads the environment). */
  sourceDateEpoch?: string;
  /**
   * Module editions instead of the manual: for each listed module id, one PDF per
   * language with that module's pages alone, `out/<id>/modules/<NN-slug>.<lang>.pdf`
   * (the previews of `watch`; packets take module pages in memory: module-pages.ts).
   */
  moduleEditions?: string[];
  /** Build only this shard's outputs (src/shard.ts): the output files, by name, dealt round the shards. */
  shard?: Shard;
  /** A remote HTTP cache behind out/.cache (src/cache/remote-cache.ts). */
  remoteCache?: RemoteCacheOptions;
  /** Called as each output is done (for a progress display). */
  onOutput?: (output: BuildOutput) => void;
}

export interface BuildOutput {
  manual: string;
  /** Absolute path of the PDF. */
  path: string;
  langs: string[];
  /** The layout that made it (`single` for one-language and module editions). */
  layout: string;
  pages: number;
  /** True when the file was already up to date (nothing compiled or written). */
  upToDate: boolean;
  /**
   * Milliseconds from the previous output being done to this one (outputs are
   * made one after another; conversions shared by several land on the first).
   */
  ms: number;
  /** What Typst warned of while setting it in this run (none when up to date or cached). */
  warnings: PromokitError[];
}

export interface BuildStats {
  /** Module files converted by pandoc / read from the cache. */
  converted: number;
  convertedFromCache: number;
  /** Documents compiled by Typst / read from the cache. */
  compiled: number;
  compiledFromCache: number;
  /**
   * Pieces of editions set in pieces (every edition but module editions and
   * PDF-standard builds): modules and glossaries set by Typst / read from the
   * cache, and fronts (cover and contents) set by Typst.
   */
  typeset: { modules: number; cached: number; fronts: number };
  /** Heavy engines this process loaded (`pandoc-wasm`, `typst`): none when nothing needed converting or setting. */
  engines: string[];
  /** pandoc worker threads started: 0 when pandoc ran in the main thread, or nothing needed converting. */
  workers: number;
  /** With a remote cache: entries read from it, missing there, sent to it. */
  remote?: RemoteCacheStats;
}

export interface BuildResult {
  outputs: BuildOutput[];
  failures: PromokitError[];
  stats: BuildStats;
  /** Problems that did not stop anything (a remote cache that could not be reached). */
  warnings?: PromokitError[];
  /** With `shard`: which shard this was and how much of the build it made. */
  shard?: ShardSummary;
}
