// `promokit build`: the manual PDFs (README, "promokit build").
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
import { loadPdf } from '../assemble/load.js';
import { setMetadata } from '../assemble/metadata.js';
import { savePdf } from '../assemble/save.js';
import { PromokitError, UsageError } from '../errors.js';
import { manualTimestamp } from '../model/dates.js';
import type { Manual, Project } from '../model/types.js';
import { BuildCache, hashParts, sha256 } from '../cache/build-cache.js';
import { PDF_STANDARDS } from '../typeset/compile.js';
import type { Pandoc } from '../convert/pandoc.js';
import { systemPandoc } from '../convert/pandoc-system.js';
import { wasmPandoc } from '../convert/pandoc-wasm.js';
import { PooledPandoc } from '../convert/pandoc-pool.js';
import { writeFileAtomic } from '../write-atomic.js';
import { ModuleConverter, pendingConversions } from '../convert/convert.js';
import {
  DocumentErrors,
  prepareDocument,
  type DocLayout,
  type Paper,
  type PreparedDocument,
} from '../typeset/document.js';
import { flipBook } from './flip.js';
import { workerThreads } from './jobs.js';
import { filesOf, noModulesError, planModuleEditions, planOutputs, type OutputPlan } from './plan.js';
import { compileDocument, dedupe, typstFindings } from '../typeset/typst-errors.js';

import { LAYOUTS, type Layout } from './layouts.js';
import type { BuildOptions, BuildOutput, BuildResult, BuildStats } from './options.js';
export { LAYOUTS, type Layout } from './layouts.js';
export type { BuildOptions, BuildOutput, BuildResult, BuildStats } from './options.js';

interface Compiled {
  pdf: Uint8Array;
  pages: number;
  warnings: PromokitError[];
}

/** Bump when the post-processing (booklet, metadata) changes. */
const FINISH_VERSION = '1';

/** The pandoc the user chose (`--pandoc`, or one given by a caller), or the embedded one. */
async function selectPandoc(choice: Pandoc | string | undefined): Promise<Pandoc> {
  if (choice === undefined || choice === '') return wasmPandoc();
  if (typeof choice === 'string') return systemPandoc(choice);
  return choice;
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
        const result = await compileDocument(doc, (converted) => this.converter.annotate(converted));
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
    const booklet = this.options.booklet === true ? {} : this.options.booklet || undefined;
    const src = await this.source(plan);
    const key = hashParts([FINISH_VERSION, src.key, booklet ? `booklet ${JSON.stringify(booklet)}` : 'plain']);
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
      const imposed = await imposeBooklet(pdf, { ...booklet, file: plan.name });
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
  const failures: PromokitError[] = [];
  const plans = manuals.flatMap((manual) => {
    const langs = manual.config.languages.filter((l) => !options.langs || options.langs.includes(l));
    if (langs.length === 0) return [];
    if (options.moduleEditions) return planModuleEditions(manual, langs, options.moduleEditions);
    if (manual.modules.length === 0) {
      failures.push(noModulesError(manual));
      return [];
    }
    return planOutputs(manual, langs, layout);
  });

  const cache = new BuildCache(join(options.out, '.cache'));
  const chosen = await selectPandoc(options.pandoc);
  // Worker threads only for the embedded pandoc, and only when there is enough to convert.
  const workers = chosen === wasmPandoc() && jobs > 1 ? workerThreads(await pendingConversions(cache, chosen.name, filesOf(plans)), jobs) : 0;
  const pool = workers > 0 ? new PooledPandoc(workers) : undefined;
  try {
    const result = await runBuild(new Builder(project, options, pool ?? chosen, cache), plans, failures);
    return { ...result, stats: { ...result.stats, workers } };
  } finally {
    await pool?.close();
  }
}

async function runBuild(builder: Builder, plans: OutputPlan[], failures: PromokitError[]): Promise<BuildResult> {
  const { options } = builder;
  const outputs: BuildOutput[] = [];

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
