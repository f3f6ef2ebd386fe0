// `promokit build [manual-id...]`: parses options, calls buildManuals, reports.
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import type { BuildOutput } from '../../editions/build.js';
import { CONVERSIONS_PER_WORKER, defaultJobs, MAX_DEFAULT_JOBS } from '../../editions/jobs.js';
import { LAYOUTS, layoutHelp, type LayoutName as Layout } from '../../editions/layouts/index.js';
import { ExitCode, PromokitError, UsageError } from '../../errors.js';
import type { PdfStandardName } from '../../typeset/compile.js';
import type { ReportFormat } from '../../findings/report/report.js';
import { filePlan } from '../../findings/report/junit.js';
import { failureJson, parseLangs, parsePaper, resolveOut, resolveRoot, type CommonOptions } from '../common.js';
import { addFormatOptions, parseFormats, printReport, runReported, type FormatOptions } from '../output-format.js';
import { addBookletOptions, bookletChoice, bookletLine, type BookletCliOptions } from '../booklet-options.js';
import { stageFindings } from '../stage-findings.js';
import { addCacheOptions, addShardOption, remoteCacheChoice, type CacheCliOptions, type ShardCliOptions } from '../scale-options.js';
import { shardNames } from '../../shard.js';
import { recordBuild } from '../../cache/build-record.js';
import { noOpBuild, noOpStats } from '../noop-build.js';

/**
 * What build's --format takes besides the report formats (text, json, github,
 * junit): the editions it makes. Without any, the PDFs.
 */
const BUILD_OUTPUT_FORMATS: readonly string[] = ['pdf', 'html', 'epub'];

interface BuildCliOptions extends CommonOptions, FormatOptions, ShardCliOptions, CacheCliOptions {
  layout: string;
  draft?: boolean;
  booklet?: boolean;
  sheet?: BookletCliOptions['sheet'];
  signature?: number;
  pandoc?: string;
  jobs?: string;
  pdfStandard?: string;
  perModule?: boolean;
  largePrint?: boolean;
  press?: boolean;
}

export function registerBuild(program: Command): void {
  const cmd = program
    .command('build')
    .description('build the manual PDFs: one per language and the bilingual edition')
    .argument('[manual-id...]', 'manuals to build (default: all)')
    .option('--root <dir>', 'project folder (default: nearest folder holding manuals/)')
    .option('--out <dir>', 'output folder', 'out')
    .option('--lang <list>', 'languages to build, comma-separated (default: all of each manual)')
    .option('--layout <layout>', `bilingual edition: ${layoutHelp()}`, 'parallel')
    .option('--paper <size>', 'letter or a4', parsePaper, 'letter')
    .option('--draft', 'stamp "BORRADOR / DRAFT" on every page')
    .option('--large-print', 'also each language in large print (18pt, one column): out/<id>/<id>.<lang>.large-print.pdf');
  addBookletOptions(cmd)
    .option('--press', 'for a print shop: 0.125 in (9 pt) bleed, crop marks, TrimBox/BleedBox, sRGB output intent, no transparency on the cover; with --booklet, sheet labels (docs/printing.md)')
    .option('--pandoc <name|path>', 'use this system pandoc (≥ 3.1.2) instead of the embedded one: a name is looked up on PATH, a path is taken from the working folder (also PROMOKIT_PANDOC)')
    .option('--jobs <n>', `at most this many threads converting Markdown with pandoc-wasm, when there are ${2 * CONVERSIONS_PER_WORKER} or more files to convert (default: one per core, at most ${MAX_DEFAULT_JOBS}; here ${defaultJobs()})`)
    .option('--pdf-standard <std>', 'check and declare a PDF standard: ua-1 (accessible) or a-2b (archival)')
    .option('--per-module', 'with --format html: also one page per module (out/<id>/modules/), to send one lesson at a time')
    .option('--quiet', 'print only errors');
  addShardOption(cmd, 'by output file (HTML and EPUB by manual)');
  addCacheOptions(cmd);
  addFormatOptions(cmd)
    .addHelpText(
      'after',
      `
Outputs (--format pdf, the default; html and epub may be added: --format pdf,html):
  out/<id>/<id>.<lang>.pdf        one per language of the manual
  out/<id>/<id>.<l1>-<l2>.pdf     the bilingual edition (not with --layout single)
  out/<id>/<id>.<lang>.large-print.pdf   --large-print (or editions: [large-print] in manual.yaml)
  out/<id>/<id>.<lang>.html       --format html: one self-contained page per language,
  out/<id>/<id>.html              and one with every language (for phones)
  out/<id>/<id>.<lang>.epub       --format epub: for reading apps

Examples:
  promokit build                                   every manual, parallel es/en edition
  promokit build salud-mental --layout flip        one language from each cover
  promokit build --lang es --draft                 Spanish only, watermarked
  promokit build --booklet --paper a4              an A5 booklet on A4 sheets
  promokit build --sheet tabloid                   letter pages at full size on 11×17 sheets
  promokit build --press                           bleed, crop marks and boxes for a print shop
  promokit build --format github                   errors as GitHub Actions annotations
  promokit build --format html --per-module        the phone edition, whole and per lesson
  promokit build --shard 2/4 --json > shard-2.json one CI job of four (then promokit merge-reports)

Unchanged sources are not rebuilt (cache in <out>/.cache). PDFs are
byte-identical for identical sources; their date is SOURCE_DATE_EPOCH when
set, else the newest "reviewed" date of the manual's modules.

Exit codes: 0 built, 1 a source failed (every failure is listed), 2 usage error.`,
    )
    .action(async (ids: string[], opts: BuildCliOptions) => {
      const { report: format, others } = parseFormats(opts, BUILD_OUTPUT_FORMATS);
      const editions = others.length ? others : ['pdf'];
      await runReported('build', format, () => build(ids, opts, format, editions));
    });
}

async function build(ids: string[], opts: BuildCliOptions, format: ReportFormat, editions: readonly string[]): Promise<void> {
  if (!LAYOUTS.includes(opts.layout as Layout)) {
    throw new UsageError(`--layout must be one of ${LAYOUTS.join(', ')}, not "${opts.layout}"`);
  }
  const root = resolveRoot(opts);
  const out = resolveOut(opts, root, ['.cache']);
  const cwd = process.cwd();
  const show = (p: string): string => relative(cwd, p) || '.';
  const langs = parseLangs(opts.lang);
  const started = performance.now();
  // A build whose every input is as the last one left it, its PDFs still on
  // disk: reported as up to date before the project, pandoc or Typst is loaded.
  // Not for one shard: its outputs are part of a run, and the record is of whole builds.
  const recorded = editions.length === 1 && editions[0] === 'pdf' && !opts.shard ? await noOpBuild(ids, opts, root, out) : undefined;
  if (recorded?.result) {
    const outputs = recorded.result.outputs.map((o) => ({ ...o, upToDate: true, ms: 0, warnings: [] }));
    printReport(format, {
      command: 'build',
      ok: true,
      findings: [],
      data: { outputs: outputs.map((o) => ({ ...o, path: show(o.path) })), failures: [], stats: noOpStats() },
      scope: `in ${outputs.length} PDFs`,
      text: { stream: 'stderr', layout: 'lines', ...(opts.quiet ? {} : { head: summaryTable(outputs, show, performance.now() - started, 0) + (bookletLine(opts) ? `${bookletLine(opts)}\n` : '') }) },
      junit: filePlan('build', outputs.map((o) => ({ key: `output:${o.path}`, name: show(o.path), classname: o.manual }))),
    });
    process.exitCode = ExitCode.ok;
    return;
  }
  const pandoc = opts.pandoc ?? (process.env.PROMOKIT_PANDOC || undefined);
  const jobs = opts.jobs === undefined ? defaultJobs() : Number(opts.jobs);
  // The embedded pandoc, started on a spare core while the project loads (convert/pandoc-ahead.ts).
  const pandocAhead = editions.includes('pdf') && pandoc === undefined ? (await import('../../convert/pandoc-ahead.js')).pandocAhead(jobs) : undefined;
  // Loaded here, not at start-up: `promokit check` needs none of it, nor a build
  // with nothing to do (the project's loader and its parsers included).
  const [{ buildManuals }, { plannedOutputNames }, { startProgress }, { loadProject }, { ScanCache }, { rule: glossaryIncomplete }, { buildOtherEditions }] = await Promise.all([
    import('../../editions/build.js'),
    import('../../editions/plan.js'),
    import('../progress.js'),
    import('../../model/load-project.js'),
    import('../../model/scan-cache.js'),
    import('../../check/rules/glossary-incomplete.js'),
    import('./html-edition.js'),
  ]);
  // The Markdown of unchanged files is not parsed again (model/scan-cache.ts); new scans are written while the build runs.
  const scans = new ScanCache(join(out, '.cache', 'scan'));
  const loaded = loadProject(root, [], root, scans);
  const scansSaved = scans.save();
  const remoteCache = remoteCacheChoice(opts);
  const planned = editions.includes('pdf') ? shardNames(plannedOutputNames(loaded.project, ids, langs, opts.layout, opts.largePrint ? ['large-print'] : []), opts.shard) : new Set<string>();
  const progress = startProgress({
    unit: 'PDFs',
    groups: loaded.project.manuals
      .filter((m) => ids.length === 0 || ids.includes(m.id))
      .map((m) => ({ name: m.id, total: [...planned].filter((n) => n.startsWith(`${m.id}/`)).length }))
      .filter((g) => g.total > 0),
    silent: Boolean(opts.quiet) || format.machine,
  });

  // A glossary that cannot be read would silently leave the PDFs without
  // one: such a manual is not built, and its glossary's errors are failures.
  // The same holds for a glossary missing a language (check's glossary-incomplete).
  const incomplete = loaded.project.manuals.flatMap((manual) =>
    glossaryIncomplete.check({ manual, today: '', exists: () => false, refusal: () => undefined, manualFiles: manual.allFiles }).map((f) => ({ ...f, manual: manual.id, rule: glossaryIncomplete.id, severity: 'error' as const })),
  );
  const glossaryBroken = loaded.project.manuals
    .filter((m) => m.glossaryFile !== undefined && [...loaded.diagnostics, ...incomplete].some((d) => d.severity === 'error' && d.file === m.glossaryFile))
    .map((m) => m.id);
  const unbuildable = [...loaded.brokenManuals, ...glossaryBroken];
  const selected = ids.filter((id) => !unbuildable.includes(id));
  const nothing = ids.length > 0 && selected.length === 0;
  const buildable = { ...loaded.project, manuals: nothing ? [] : loaded.project.manuals.filter((m) => !glossaryBroken.includes(m.id)) };
  const result = !editions.includes('pdf') ? { outputs: [], failures: [], stats: undefined } : await buildManuals(buildable, {
    out,
    manuals: selected,
    langs,
    layout: opts.layout as Layout,
    ...(opts.largePrint ? { editions: ['large-print' as const] } : {}),
    paper: opts.paper ?? 'letter',
    draft: opts.draft ?? false,
    booklet: bookletChoice(opts),
    ...(opts.press ? { press: true } : {}),
    pandoc,
    ...(pandocAhead ? { pandocAhead } : {}),
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
    jobs,
    ...(opts.pdfStandard ? { pdfStandard: opts.pdfStandard as PdfStandardName } : {}),
    ...(opts.shard ? { shard: opts.shard } : {}),
    ...(remoteCache ? { remoteCache } : {}),
    onOutput: (o: BuildOutput) => progress.done(outputLine(o, show), show(o.path), o.manual),
  });
  progress.stop();
  // HTML and EPUB editions are made per manual: a shard makes those of its share of the manuals.
  const otherManuals = opts.shard ? [...shardNames(selected.length ? selected : buildable.manuals.map((m) => m.id), opts.shard)] : selected;
  const other = opts.shard && otherManuals.length === 0 ? { files: [], failures: [], warnings: [] } : await buildOtherEditions(editions, { root, out, manuals: otherManuals, langs, perModule: Boolean(opts.perModule), quiet: Boolean(opts.quiet) || format.machine });

  // Invalid front matter: show what the loader found instead of "run check".
  const failures: PromokitError[] = [...other.failures];
  for (const f of result.failures) {
    const found = f.rule === 'front-matter' ? loaded.diagnostics.filter((d) => d.file === f.file && d.severity === 'error') : [];
    if (found.length === 0) failures.push(f);
    for (const d of found) failures.push(new PromokitError(d.message, { file: d.file, line: d.line, rule: d.rule }));
  }
  // A manual whose manual.yaml cannot be read is a failure of the build too.
  const wanted = (manual: string | undefined): boolean => ids.length === 0 || (manual !== undefined && ids.includes(manual));
  for (const d of [...loaded.diagnostics, ...incomplete]) {
    const broken = d.manual !== undefined && (loaded.brokenManuals.includes(d.manual) || (glossaryBroken.includes(d.manual) && d.file === loaded.project.manuals.find((m) => m.id === d.manual)?.glossaryFile));
    if (d.severity === 'error' && broken && wanted(d.manual)) {
      failures.push(new PromokitError(d.message, { file: d.file, line: d.line, rule: d.rule }));
    }
  }

  const findings = [
    ...stageFindings([...result.outputs.flatMap((o) => o.warnings), ...other.warnings, ...('warnings' in result ? (result.warnings ?? []) : [])], 'warning', 'build', loaded.project),
    ...stageFindings(failures, 'error', 'build', loaded.project),
  ];
  const quietText = Boolean(opts.quiet) && format.name === 'text';
  printReport(format, {
    command: 'build',
    ok: failures.length === 0,
    findings: quietText ? findings.filter((f) => f.severity === 'error') : findings,
    data: {
      outputs: result.outputs.map((o) => ({ ...o, path: show(o.path), warnings: o.warnings.map(failureJson) })),
      failures: failures.map(failureJson),
      stats: result.stats,
      ...('shard' in result && result.shard ? { shard: result.shard } : {}),
      ...(other.files.length ? { files: other.files.map((f) => ({ ...f, path: show(f.path) })) } : {}),
    },
    scope: `in ${result.outputs.length} PDFs`,
    text: {
      stream: 'stderr',
      layout: 'lines',
      ...(opts.quiet ? {} : { head: summaryTable(result.outputs, show, performance.now() - started, failures.length) + (bookletLine(opts) ? `${bookletLine(opts)}\n` : '') }),
      ...(failures.length ? { summary: () => `${failures.length} error${failures.length === 1 ? '' : 's'}; the outputs they concern were not written` } : {}),
    },
    junit: filePlan('build', result.outputs.map((o) => ({ key: `output:${o.path}`, name: show(o.path), classname: o.manual }))),
  });
  process.exitCode = failures.length ? ExitCode.sourceError : ExitCode.ok;
  await scansSaved;
  if (recorded && failures.length === 0 && editions.includes('pdf')) {
    await recordBuild(out, recorded.options, recorded.key, result.outputs.map((o) => o.path), { outputs: result.outputs.map(({ warnings: _warnings, ...o }) => o) }, loaded.project.manuals.flatMap((m) => m.allowedDirs));
  }
}

/** One plain line per output, for logs and pipes: `built  out/m/m.es.pdf  12 pages  1.4 s`. */
export function outputLine(o: BuildOutput, show: (p: string) => string): string {
  const warn = o.warnings.length ? `  ${o.warnings.length} warning${o.warnings.length === 1 ? '' : 's'}` : '';
  return `${o.upToDate ? 'up to date' : 'built     '}  ${show(o.path)}  ${o.pages} pages${o.upToDate ? '' : `  ${seconds(o.ms)}`}${warn}`;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The end-of-build table: each output with its pages, time and warnings, then totals. */
export function summaryTable(outputs: BuildOutput[], show: (p: string) => string, ms: number, errors: number): string {
  const head = ['output', 'pages', 'time', 'warnings'];
  const rows = outputs.map((o) => [show(o.path), String(o.pages), o.upToDate ? '-' : seconds(o.ms), o.upToDate ? '-' : String(o.warnings.length), o.upToDate ? 'up to date' : 'built']);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[0]!) : i < head.length ? c.padStart(widths[i]!) : c))
      .join('  ')
      .trimEnd();
  const lines = rows.length ? [line(head), ...rows.map(line)] : [];
  const built = outputs.filter((o) => !o.upToDate).length;
  const pages = outputs.reduce((n, o) => n + o.pages, 0);
  const warnings = outputs.reduce((n, o) => n + o.warnings.length, 0);
  lines.push(
    `${outputs.length} PDF${outputs.length === 1 ? '' : 's'} (${built} built, ${outputs.length - built} up to date), ${pages} pages, ${seconds(ms)}` +
      (warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : '') +
      (errors ? `, ${errors} error${errors === 1 ? '' : 's'}` : ''),
  );
  return `${lines.join('\n')}\n`;
}
