// `promokit build`: the manual PDFs of SPEC section 3.
//
//   out/<id>/<id>.<lang>.pdf        one per language
//   out/<id>/<id>.<l1>-<l2>.pdf     one per pair of languages (unless layout single)
//
// Each module language file is converted once (pandoc, cached by content hash
// under out/.cache), each document compiled once (Typst, cached by the hash of
// everything it is made from). A failing module or output does not stop the
// others: its errors are returned, and no partial PDF is ever written.
// The library never prints and never exits.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import { imposeBooklet } from '../assemble/booklet.js';
import { buildDate } from '../assemble/build-date.js';
import { loadPdf } from '../assemble/load.js';
import { setMetadata } from '../assemble/metadata.js';
import { savePdf } from '../assemble/save.js';
import { PromokitError, UsageError } from '../errors.js';
import type { LangFile, Manual, Module, Project } from '../model/types.js';
import { BuildCache, hashParts, sha256 } from '../render/cache.js';
import { compileTypst, PDF_STANDARDS, TypstCompileError, type PdfStandardName, type TypstDiagnostic } from '../render/compile.js';
import type { Pandoc } from '../render/pandoc.js';
import { systemPandoc } from '../render/pandoc-system.js';
import { wasmPandoc } from '../render/pandoc-wasm.js';
import { PooledPandoc } from '../render/pandoc-pool.js';
import { writeFileAtomic } from '../write-atomic.js';
import { ModuleConverter, pendingConversions } from './convert.js';
import {
  DocumentErrors,
  MODULE_PRELUDE,
  prepareDocument,
  type DocLayout,
  type Paper,
  type PreparedDocument,
} from './document.js';
import { flipBook } from './flip.js';
import { workerThreads } from './jobs.js';

import { LAYOUTS, type Layout } from './layouts.js';
export { LAYOUTS, type Layout } from './layouts.js';

export interface BuildOptions {
  /** Output folder (absolute). The cache lives in `<out>/.cache`. */
  out: string;
  /** Manual ids to build; default all. */
  manuals?: string[];
  /** Languages to build; default every language of each manual. */
  langs?: string[];
  /** Bilingual arrangement; `single` builds no bilingual edition. Default parallel. */
  layout?: Layout;
  paper?: Paper;
  draft?: boolean;
  booklet?: boolean;
  /**
   * Which pandoc: an implementation, a path to a system pandoc, or undefined
   * for the embedded pandoc-wasm. (The CLI passes --pandoc or PROMOKIT_PANDOC.)
   */
  pandoc?: Pandoc | string;
  /**
   * Most threads converting Markdown with the embedded pandoc (default 1: in
   * process). More allow a pool of workers, each with its own pandoc-wasm,
   * when there is enough to convert (see workerThreads).
   */
  jobs?: number;
  /** `ua-1` (PDF/UA-1, accessible) or `a-2b` (PDF/A-2b, archival); Typst checks the document. */
  pdfStandard?: PdfStandardName;
  /** The raw SOURCE_DATE_EPOCH value (the CLI reads the environment). */
  sourceDateEpoch?: string;
  /**
   * Module editions instead of the manual: for each listed module id, one PDF per
   * language with that module's pages alone, `out/<id>/modules/<NN-slug>.<lang>.pdf`
   * (watch previews, conference packets).
   */
  moduleEditions?: string[];
  /** Called as each output is done (for a progress display). */
  onOutput?: (output: BuildOutput) => void;
}

export interface BuildOutput {
  manual: string;
  /** Absolute path of the PDF. */
  path: string;
  langs: string[];
  layout: Layout | 'single';
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
  /** pandoc worker threads started: 0 when pandoc ran in the main thread, or nothing needed converting. */
  workers: number;
}

export interface BuildResult {
  outputs: BuildOutput[];
  failures: PromokitError[];
  stats: BuildStats;
}

interface Compiled {
  pdf: Uint8Array;
  pages: number;
  warnings: PromokitError[];
}

/** Bump when the post-processing (booklet, metadata) changes. */
const FINISH_VERSION = '1';

interface OutputPlan {
  manual: Manual;
  name: string;
  langs: string[];
  layout: Layout | 'single';
  part?: 'manual' | 'module';
}

/** One single-language plan per listed module of the manual. */
function planModuleEditions(manual: Manual, langs: string[], moduleIds: string[]): OutputPlan[] {
  return manual.modules
    .filter((m) => moduleIds.includes(m.id))
    .flatMap((m) =>
      langs.map((l): OutputPlan => ({ manual: { ...manual, modules: [m] }, name: `modules/${m.id}.${l}.pdf`, langs: [l], layout: 'single', part: 'module' })),
    );
}

/** Outputs of one manual, in a stable order. */
function planOutputs(manual: Manual, langs: string[], layout: Layout): OutputPlan[] {
  const plans: OutputPlan[] = langs.map((l) => ({ manual, name: `${manual.id}.${l}.pdf`, langs: [l], layout: 'single' }));
  if (layout !== 'single') {
    for (let i = 0; i < langs.length; i++) {
      for (let j = i + 1; j < langs.length; j++) {
        const pair = [langs[i]!, langs[j]!];
        plans.push({ manual, name: `${manual.id}.${pair.join('-')}.pdf`, langs: pair, layout });
      }
    }
  }
  return plans;
}

/** The date of a manual's PDFs: SOURCE_DATE_EPOCH, else the newest `reviewed` date, else the epoch. */
export function manualTimestamp(manual: Manual, sourceDateEpoch: string | undefined): number {
  const dates: Date[] = [];
  for (const m of manual.modules) {
    for (const f of Object.values(m.files)) {
      if (f?.meta?.reviewed) dates.push(new Date(`${f.meta.reviewed}T00:00:00Z`));
    }
  }
  const d = buildDate(sourceDateEpoch, dates);
  return d ? Math.floor(d.getTime() / 1000) : 0;
}

/** The pandoc the user chose (`--pandoc`, or one given by a caller), or the embedded one. */
async function selectPandoc(choice: Pandoc | string | undefined): Promise<Pandoc> {
  if (choice === undefined || choice === '') return wasmPandoc();
  if (typeof choice === 'string') return systemPandoc(choice);
  return choice;
}

/** Every module file the plans convert, once each: as prepareDocument, those with valid front matter. */
function filesOf(plans: OutputPlan[]): { module: Module; file: LangFile }[] {
  const seen = new Map<string, { module: Module; file: LangFile }>();
  for (const plan of plans) {
    for (const module of plan.manual.modules) {
      for (const lang of plan.langs) {
        const file = module.files[lang];
        if (file?.meta) seen.set(file.file, { module, file });
      }
    }
  }
  return [...seen.values()];
}

/** The line of the Markdown a line of converted Typst came from, when the text is found verbatim. */
function markdownLine(typst: string, typstLine: number, body: string, bodyLine: number): number | undefined {
  const text = typst.split('\n')[typstLine - 1]?.trim();
  if (!text || text.length < 3) return undefined;
  const lines = body.split('\n');
  const i = lines.findIndex((l) => l.includes(text));
  return i >= 0 ? bodyLine + i : undefined;
}

/**
 * Typst's diagnostics as findings naming the module file and (where known) its
 * line: the errors of a failed compilation, or the warnings of one that worked.
 */
function typstFindings(diagnostics: TypstDiagnostic[], doc: PreparedDocument, kind: 'error' | 'warning' = 'error'): PromokitError[] {
  const prelude = MODULE_PRELUDE.split('\n').length - 1;
  const says =
    kind === 'error'
      ? { rule: 'typst-compile', imageRule: 'image-invalid', image: 'the image cannot be used', module: 'does not compile', pdf: 'the PDF cannot be set' }
      : { rule: 'typst-warning', imageRule: 'typst-warning', image: 'Typst warns of the image', module: 'Typst warns', pdf: 'Typst warns' };
  const out: PromokitError[] = [];
  for (const d of diagnostics) {
    const converted = d.path ? doc.modules.get(d.path) : undefined;
    const image = d.path ? doc.images.get(d.path) : [...doc.images.entries()].find(([p]) => d.message.includes(p))?.[1];
    if (image) {
      out.push(new PromokitError(`${says.image}: ${d.message}`, { file: image.file, line: image.line, rule: says.imageRule }));
    } else if (converted) {
      const { module, file } = converted;
      const line = d.line !== undefined ? markdownLine(converted.typst, d.line - prelude, file.body, file.bodyLine) : undefined;
      out.push(new PromokitError(`module ${module.id} (${file.lang}) ${says.module}: ${d.message}`, { file: file.file, line, rule: says.rule }));
    } else {
      const at = d.path ? ` (at ${d.path}${d.line ? `:${d.line}` : ''} of promokit's template)` : '';
      out.push(new PromokitError(`${says.pdf}: ${d.message}${at}`, { file: doc.request.manual.configFile, rule: says.rule }));
    }
  }
  return out;
}

function dedupe(errors: PromokitError[]): PromokitError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = e.format();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

class Builder {
  readonly stats: BuildStats = { converted: 0, convertedFromCache: 0, compiled: 0, compiledFromCache: 0, workers: 0 };
  private readonly converter: ModuleConverter;
  private readonly prepared = new Map<string, Promise<PreparedDocument>>();
  private readonly compiled = new Map<string, Promise<Compiled>>();

  constructor(
    private readonly project: Project,
    readonly options: BuildOptions,
    pandoc: Pandoc,
    private readonly cache: BuildCache,
  ) {
    this.converter = new ModuleConverter(async () => pandoc, pandoc.name, this.cache);
  }

  /** After a build of every manual in every language: drop cache entries nothing uses any more. */
  async prune(): Promise<void> {
    await this.cache.prune(['typst', 'pdf']);
  }

  finishStats(): void {
    this.stats.converted = this.converter.stats.converted;
    this.stats.convertedFromCache = this.converter.stats.cached;
  }

  private prepare(manual: Manual, langs: string[], layout: DocLayout, part: 'manual' | 'module' = 'manual'): Promise<PreparedDocument> {
    const id = `${manual.id}|${langs.join(',')}|${layout}|${part}|${part === 'module' ? manual.modules.map((m) => m.id).join(',') : ''}`;
    let p = this.prepared.get(id);
    if (!p) {
      p = prepareDocument(
        {
          manual,
          langs,
          layout,
          paper: this.options.paper ?? 'letter',
          draft: this.options.draft ?? false,
          part,
          ...(this.options.pdfStandard ? { pdfStandard: this.options.pdfStandard } : {}),
          timestamp: manualTimestamp(manual, this.options.sourceDateEpoch),
        },
        this.converter,
        this.project.root,
      ).then((doc) => {
        this.cache.keep('pdf', `${doc.key}.pdf`);
        return doc;
      });
      this.prepared.set(id, p);
    }
    return p;
  }

  /** The compiled (not yet imposed) PDF of a prepared document: from the cache, or Typst. */
  private compile(doc: PreparedDocument): Promise<Compiled> {
    let p = this.compiled.get(doc.key);
    if (!p) {
      p = (async () => {
        const hit = await this.cache.read('pdf', `${doc.key}.pdf`);
        if (hit) {
          this.stats.compiledFromCache++;
          const pages = (await loadPdf(hit, `${doc.key}.pdf`)).getPageCount();
          return { pdf: new Uint8Array(hit), pages, warnings: [] };
        }
        let result;
        try {
          result = compileTypst({
            files: doc.files,
            mainPath: '/main.typ',
            timestamp: doc.request.timestamp,
            ...(doc.request.pdfStandard ? { pdfStandard: doc.request.pdfStandard } : {}),
          });
        } catch (err) {
          if (err instanceof TypstCompileError) throw new DocumentErrors(typstFindings(err.diagnostics, doc));
          throw err;
        }
        this.stats.compiled++;
        await this.cache.write('pdf', `${doc.key}.pdf`, result.pdf);
        return { pdf: result.pdf, pages: result.pages, warnings: typstFindings(result.warnings, doc, 'warning') };
      })();
      this.compiled.set(doc.key, p);
    }
    return p;
  }

  /** Key and producer of the un-imposed PDF of a plan. */
  private async source(plan: OutputPlan): Promise<{ key: string; make: () => Promise<Compiled> }> {
    const { manual, langs } = plan;
    if (plan.layout === 'flip') {
      const [a, b] = await Promise.all(langs.map((l) => this.prepare(manual, [l], 'single')));
      return {
        key: hashParts(['flip', a!.key, b!.key]),
        make: async () => {
          const [pa, pb] = await Promise.all([this.compile(a!), this.compile(b!)]);
          const doc = await flipBook(
            { pdf: pa!.pdf, title: manual.config.title[langs[0]!] ?? langs[0]!, file: `${manual.id}.${langs[0]}.pdf` },
            { pdf: pb!.pdf, title: manual.config.title[langs[1]!] ?? langs[1]!, file: `${manual.id}.${langs[1]}.pdf` },
          );
          this.setMeta(doc, plan, a!.request.timestamp);
          const pdf = await savePdf(doc);
          return { pdf, pages: doc.getPageCount(), warnings: [...pa!.warnings, ...pb!.warnings] };
        },
      };
    }
    const layout: DocLayout = langs.length === 1 ? 'single' : plan.layout === 'sequential' ? 'sequential' : 'parallel';
    const doc = await this.prepare(manual, langs, layout, plan.part);
    return { key: doc.key, make: () => this.compile(doc) };
  }

  private setMeta(doc: PDFDocument, plan: OutputPlan, timestamp: number): void {
    const cfg = plan.manual.config;
    const first = plan.langs[0]!;
    setMetadata(doc, {
      title: plan.langs.map((l) => cfg.title[l] ?? cfg.title[first] ?? plan.manual.id).join(' / '),
      author: (cfg.authors?.length ? cfg.authors : [cfg.organization]).join(', '),
      subject: plan.langs.map((l) => cfg.subtitle?.[l] ?? cfg.title[l]).filter(Boolean).join(' / '),
      lang: first,
      keywords: [cfg.organization, ...plan.langs],
      creator: 'promokit',
      producer: 'promokit (Typst, pdf-lib)',
      date: new Date(timestamp * 1000),
    });
  }

  /**
   * Starts converting what a plan needs without waiting: with a pool, the
   * workers convert the next documents' modules while Typst sets this one.
   * Failures surface when the plan itself is built.
   */
  prefetch(plan: OutputPlan): void {
    this.source(plan).catch(() => undefined);
  }

  /** Builds one output, or returns why it could not be built. */
  async output(plan: OutputPlan): Promise<BuildOutput> {
    const started = performance.now();
    const path = join(this.options.out, plan.manual.id, plan.name);
    const booklet = this.options.booklet ?? false;
    const src = await this.source(plan);
    const key = hashParts([FINISH_VERSION, src.key, booklet ? 'booklet' : 'plain']);
    const result = (pages: number, upToDate: boolean, warnings: PromokitError[] = []): BuildOutput => ({
      manual: plan.manual.id,
      path,
      langs: plan.langs,
      layout: plan.layout,
      pages,
      upToDate,
      ms: Math.round(performance.now() - started),
      warnings,
    });

    const record = await this.cache.outputRecord(path);
    if (record && record.key === key) {
      const existing = await readFile(path).catch(() => undefined);
      if (existing && sha256(existing) === record.sha256) return result(record.pages, true);
    }

    let { pdf, pages, warnings } = await src.make();
    if (booklet) {
      const imposed = await imposeBooklet(pdf, { file: plan.name });
      this.setMeta(imposed, plan, manualTimestamp(plan.manual, this.options.sourceDateEpoch));
      pdf = await savePdf(imposed);
      pages = imposed.getPageCount();
    }
    await writeFileAtomic(path, pdf);
    await this.cache.setOutputRecord(path, { key, sha256: sha256(pdf), pages });
    return result(pages, false, warnings);
  }
}

/**
 * Builds the PDFs of the project's manuals. Returns what was written and every
 * failure (a PromokitError naming file and line); throws only for a usage
 * error (unknown manual id, layout or language, an unusable --pandoc).
 */
export async function buildManuals(project: Project, options: BuildOptions): Promise<BuildResult> {
  const layout = options.layout ?? 'parallel';
  if (!LAYOUTS.includes(layout)) {
    throw new UsageError(`--layout must be one of ${LAYOUTS.join(', ')}, not "${String(layout)}"`);
  }
  let manuals = project.manuals;
  if (options.manuals?.length) {
    const known = new Set(manuals.map((m) => m.id));
    const unknown = options.manuals.filter((id) => !known.has(id));
    if (unknown.length) {
      throw new UsageError(
        `no manual ${unknown.map((u) => `"${u}"`).join(', ')} in ${project.root}/manuals (there are: ${[...known].join(', ') || 'none'})`,
      );
    }
    manuals = manuals.filter((m) => options.manuals!.includes(m.id));
  }

  if (options.pdfStandard && !PDF_STANDARDS.includes(options.pdfStandard)) {
    throw new UsageError(`--pdf-standard must be one of ${PDF_STANDARDS.join(', ')}, not "${String(options.pdfStandard)}"`);
  }
  const jobs = options.jobs ?? 1;
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1, not "${String(options.jobs)}"`);
  const plans = manuals.flatMap((manual) => {
    const langs = manual.config.languages.filter((l) => !options.langs || options.langs.includes(l));
    if (langs.length === 0) return [];
    return options.moduleEditions ? planModuleEditions(manual, langs, options.moduleEditions) : planOutputs(manual, langs, layout);
  });

  const cache = new BuildCache(join(options.out, '.cache'));
  const chosen = await selectPandoc(options.pandoc);
  // Worker threads only for the embedded pandoc, and only when there is enough to convert.
  const workers = chosen === wasmPandoc() && jobs > 1 ? workerThreads(await pendingConversions(cache, chosen.name, filesOf(plans)), jobs) : 0;
  const pool = workers > 0 ? new PooledPandoc(workers) : undefined;
  try {
    const result = await runBuild(new Builder(project, options, pool ?? chosen, cache), plans);
    return { ...result, stats: { ...result.stats, workers } };
  } finally {
    await pool?.close();
  }
}

async function runBuild(builder: Builder, plans: OutputPlan[]): Promise<BuildResult> {
  const { options } = builder;
  const outputs: BuildOutput[] = [];
  const failures: PromokitError[] = [];

  for (const plan of plans) builder.prefetch(plan);
  for (const plan of plans) {
    try {
      const out = await builder.output(plan);
      outputs.push(out);
      options.onOutput?.(out);
    } catch (err) {
      if (err instanceof DocumentErrors) failures.push(...err.errors);
      else if (err instanceof UsageError) throw err;
      else if (err instanceof PromokitError) failures.push(err);
      else {
        const message = err instanceof Error ? err.message : String(err);
        failures.push(new PromokitError(`${plan.name} could not be built: ${message}`, { file: plan.manual.configFile }));
      }
    }
  }
  if (!options.manuals?.length && !options.langs?.length && !options.moduleEditions && failures.length === 0) await builder.prune();
  builder.finishStats();
  return { outputs, failures: dedupe(failures), stats: builder.stats };
}
