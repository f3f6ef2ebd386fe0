// `promokit build [manual-id...]`: parses options, calls buildManuals, reports.
import { relative } from 'node:path';
import type { Command } from 'commander';
import type { BuildOutput } from '../../editions/build.js';
import { CONVERSIONS_PER_WORKER, defaultJobs, MAX_DEFAULT_JOBS } from '../../editions/jobs.js';
import { LAYOUTS, type Layout } from '../../editions/layouts.js';
import { ExitCode, PromokitError, UsageError } from '../../errors.js';
import type { PdfStandardName } from '../../typeset/compile.js';
import { bookletChoice, bookletNote, bookletSheet, parseBookletSheet, parseSignature, type BookletSheetName } from '../../assemble/booklet-plan.js';
import { rule as glossaryIncomplete } from '../../check/rules/glossary-incomplete.js';
import { loadProject } from '../../model/load-project.js';
import type { Project } from '../../model/types.js';
import { failureJson, parseLangs, parsePaper, printFailures, printWarnings, resolveOut, resolveRoot, type CommonOptions } from '../common.js';

interface BuildCliOptions extends CommonOptions {
  layout: string;
  draft?: boolean;
  booklet?: boolean;
  sheet?: BookletSheetName;
  signature?: number;
  pandoc?: string;
  jobs?: string;
  pdfStandard?: string;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the manual PDFs: one per language and the bilingual edition')
    .argument('[manual-id...]', 'manuals to build (default: all)')
    .option('--root <dir>', 'project folder (default: nearest folder holding manuals/)')
    .option('--out <dir>', 'output folder', 'out')
    .option('--lang <list>', 'languages to build, comma-separated (default: all of each manual)')
    .option('--layout <layout>', `bilingual edition: ${LAYOUTS.join(', ')} (single: none)`, 'parallel')
    .option('--paper <size>', 'letter or a4', parsePaper, 'letter')
    .option('--draft', 'stamp "BORRADOR / DRAFT" on every page')
    .option('--booklet', 'impose for saddle-stitch printing (two pages a sheet side, padded to a multiple of 4)')
    .option('--sheet <size>', 'booklet sheet: letter or a4 (pages at half size; default: the --paper), tabloid or a3 (pages at full size); implies --booklet', parseBookletSheet)
    .option('--signature <sheets>', 'booklet: at most this many sheets folded together (default 16: 64 pages); implies --booklet', parseSignature)
    .option('--pandoc <path>', 'use this system pandoc (≥ 3.1.2) instead of the embedded one (also PROMOKIT_PANDOC)')
    .option('--jobs <n>', `at most this many threads converting Markdown with pandoc-wasm, when there are ${2 * CONVERSIONS_PER_WORKER} or more files to convert (default: one per core, at most ${MAX_DEFAULT_JOBS}; here ${defaultJobs()})`)
    .option('--pdf-standard <std>', 'check and declare a PDF standard: ua-1 (accessible) or a-2b (archival)')
    .option('--quiet', 'print only errors')
    .option('--json', 'print a JSON summary on stdout')
    .addHelpText(
      'after',
      `
Outputs:
  out/<id>/<id>.<lang>.pdf        one per language of the manual
  out/<id>/<id>.<l1>-<l2>.pdf     the bilingual edition (not with --layout single)

Examples:
  promokit build                                   every manual, parallel es/en edition
  promokit build salud-mental --layout flip        one language from each cover
  promokit build --lang es --draft                 Spanish only, watermarked
  promokit build --booklet --paper a4              an A5 booklet on A4 sheets
  promokit build --sheet tabloid                   letter pages at full size on 11×17 sheets

Unchanged sources are not rebuilt (cache in <out>/.cache). PDFs are
byte-identical for identical sources; their date is SOURCE_DATE_EPOCH when
set, else the newest "reviewed" date of the manual's modules.

Exit codes: 0 built, 1 a source failed (every failure is listed), 2 usage error.`,
    )
    .action(async (ids: string[], opts: BuildCliOptions) => {
      if (!LAYOUTS.includes(opts.layout as Layout)) {
        throw new UsageError(`--layout must be one of ${LAYOUTS.join(', ')}, not "${opts.layout}"`);
      }
      // Loaded here, not at start-up: `promokit check` needs none of it.
      const [{ buildManuals }, { startProgress }] = await Promise.all([import('../../editions/build.js'), import('../progress.js')]);
      const root = resolveRoot(opts);
      const out = resolveOut(opts, root, ['.cache']);
      const loaded = loadProject(root);
      const cwd = process.cwd();
      const show = (p: string): string => relative(cwd, p) || '.';
      const langs = parseLangs(opts.lang);
      const progress = startProgress({
        unit: 'PDFs',
        groups: loaded.project.manuals
          .filter((m) => ids.length === 0 || ids.includes(m.id))
          .map((m) => ({ name: m.id, total: plannedOutputs(loaded.project, [m.id], langs, opts.layout as Layout) }))
          .filter((g) => g.total > 0),
        silent: Boolean(opts.quiet || opts.json),
      });

      const started = performance.now();
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
      const result = await buildManuals(buildable, {
        out,
        manuals: selected,
        langs,
        layout: opts.layout as Layout,
        paper: opts.paper ?? 'letter',
        draft: opts.draft ?? false,
        booklet: bookletChoice(opts),
        pandoc: opts.pandoc ?? (process.env.PROMOKIT_PANDOC || undefined),
        sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
        jobs: opts.jobs === undefined ? defaultJobs() : Number(opts.jobs),
        ...(opts.pdfStandard ? { pdfStandard: opts.pdfStandard as PdfStandardName } : {}),
        onOutput: (o: BuildOutput) => progress.done(outputLine(o, show), show(o.path), o.manual),
      });
      progress.stop();

      // Invalid front matter: show what the loader found instead of "run check".
      const failures: PromokitError[] = [];
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

      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify(
            {
              ok: failures.length === 0,
              outputs: result.outputs.map((o) => ({ ...o, path: show(o.path), warnings: o.warnings.map(failureJson) })),
              failures: failures.map(failureJson),
              stats: result.stats,
            },
            null,
            2,
          )}\n`,
        );
      } else {
        if (!opts.quiet) {
          process.stderr.write(summaryTable(result.outputs, show, performance.now() - started, failures.length));
          const booklet = bookletChoice(opts);
          if (booklet) process.stderr.write(`${bookletNote(bookletSheet([], booklet.sheet ?? opts.paper ?? 'letter'))}\n`);
          printWarnings(result.outputs.flatMap((o) => o.warnings));
        }
        printFailures(failures);
        if (failures.length) {
          process.stderr.write(`${failures.length} error${failures.length === 1 ? '' : 's'}; the outputs they concern were not written\n`);
        }
      }
      process.exitCode = failures.length ? ExitCode.sourceError : ExitCode.ok;
    });
}

/** How many PDFs a build will write: each language, and each pair unless the layout is single. */
export function plannedOutputs(project: Project, ids: string[], langs: string[] | undefined, layout: Layout): number {
  return project.manuals
    .filter((m) => ids.length === 0 || ids.includes(m.id))
    .reduce((sum, m) => {
      const n = m.config.languages.filter((l) => !langs || langs.includes(l)).length;
      return sum + n + (layout === 'single' ? 0 : (n * (n - 1)) / 2);
    }, 0);
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
