// `promokit slides [manual-id...]`: decks and their handouts.
import { relative } from 'node:path';
import type { Command } from 'commander';
import { ExitCode, UsageError } from '../../errors.js';
import { filePlan } from '../../findings/report/junit.js';
import type { ReportFormat } from '../../findings/report/report.js';
import { loadProject } from '../../model/load-project.js';
import { parseLangs, parsePaper, resolveOut, resolveRoot, failureJson, type CommonOptions } from '../common.js';
import { addFormatOptions, parseFormats, printReport, runReported, type FormatOptions } from '../output-format.js';
import { addBookletOptions, bookletChoice, bookletLine, type BookletCliOptions } from '../booklet-options.js';
import { stageFindings } from '../stage-findings.js';
import { addShardOption, type ShardCliOptions } from '../scale-options.js';

interface SlidesCliOptions extends CommonOptions, FormatOptions, BookletCliOptions, ShardCliOptions {
  perPage: string;
  notes?: boolean;
  notesLang?: string;
}

/** What slides makes, named in the same --format list as the report format. */
const SLIDE_FILE_FORMATS = ['pdf', 'pptx'] as const;
type SlideFileFormat = (typeof SLIDE_FILE_FORMATS)[number];

export function registerSlides(program: Command): void {
  const cmd = program
    .command('slides')
    .description('build slide decks (16:9) from slides.<lang>.md, and their printable handouts')
    .argument('[manual-id...]', 'manuals (default: all)')
    .option('--root <dir>', 'project folder (default: nearest folder holding manuals/)')
    .option('--out <dir>', 'output folder', 'out')
    .option('--lang <list>', 'languages, comma-separated (default: all of each manual)')
    .option('--per-page <n>', 'handout: slides per page, 1, 2, 3, 4, 6 or 9', '3')
    .option('--notes', 'handout: print the speaker notes instead of note lines')
    .option('--notes-lang <lang>', "handout: notes from this language's slides (bilingual handout)")
    .option('--paper <size>', 'handout paper: letter or a4', parsePaper, 'letter')
    .option('--quiet', 'print only errors');
  addBookletOptions(cmd, 'handout: ');
  addShardOption(cmd, 'by deck (each with its handout)');
  addFormatOptions(cmd, { values: SLIDE_FILE_FORMATS, help: 'and what to make: pdf (decks and handouts, default) or pptx (PowerPoint files to edit)' })
    .addHelpText(
      'after',
      `
Outputs:
  out/<id>/slides/<NN-slug>.<lang>.pdf     16:9 deck with a title slide and slide numbers
  out/<id>/handouts/<NN-slug>.<lang>.pdf   3 slides a page with note lines (default)

Slides are split at "---" lines or at "##" headings; speaker notes go in
"::: notes" divs. A slide whose text does not fit is an error (slide-overflow)
naming its file and line, and that deck is not written.

Examples:
  promokit slides
  promokit slides trabajo-agricola --per-page 6
  promokit slides --format pptx,json                        PowerPoint files, a JSON summary
  promokit slides salud-mental --lang es --notes-lang en    Spanish slides, English notes`,
    )
    .action(async (ids: string[], opts: SlidesCliOptions) => {
      const { report: format, others } = parseFormats(opts, SLIDE_FILE_FORMATS);
      if (others.length > 1) throw new UsageError(`--format: pdf or pptx, not both`);
      const kind = (others[0] ?? 'pdf') as SlideFileFormat;
      await runReported('slides', format, () => slides(ids, opts, format, kind));
    });
}

async function slides(ids: string[], opts: SlidesCliOptions, format: ReportFormat, kind: SlideFileFormat): Promise<void> {
  const { parsePerPage } = await import('../../assemble/nup.js');
  const { buildSlides } = await import('../../slides/build-slides.js');
  const { startProgress } = await import('../progress.js');
  const root = resolveRoot(opts);
  const out = resolveOut(opts, root);
  const loaded = loadProject(root);
  const show = (p: string): string => relative(process.cwd(), p) || '.';
  const langs = parseLangs(opts.lang);
  const progress = startProgress({ unit: 'files', silent: Boolean(opts.quiet) || format.machine });
  const result = await buildSlides(loaded.project, {
    out,
    manuals: ids,
    ...(langs ? { langs } : {}),
    perPage: parsePerPage(opts.perPage),
    notes: opts.notes ?? false,
    ...(opts.notesLang ? { notesLang: opts.notesLang } : {}),
    paper: opts.paper ?? 'letter',
    booklet: bookletChoice(opts),
    format: kind,
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
    ...(opts.shard ? { shard: opts.shard } : {}),
    onPlanned: (n) => progress.total(n),
    onOutput: (o) => progress.done(`${o.kind.padEnd(7)} ${show(o.path)} (${o.pages} pages)`, show(o.path)),
  });
  progress.stop();
  const failures = result.failures;
  const decks = result.outputs.filter((o) => o.kind !== 'handout').length;
  const handouts = result.outputs.length - decks;
  printReport(format, {
    command: 'slides',
    ok: failures.length === 0,
    findings: stageFindings(failures, 'error', 'slides', loaded.project),
    data: { outputs: result.outputs.map((o) => ({ ...o, path: show(o.path) })), failures: failures.map(failureJson), ...(result.shard ? { shard: result.shard } : {}) },
    scope: `in ${decks} decks and ${handouts} handouts`,
    text: {
      stream: 'stderr',
      layout: 'lines',
      ...(opts.quiet ? {} : { summary: () => `${decks} decks, ${handouts} handouts${failures.length ? `, ${failures.length} errors` : ''}${bookletLine(opts) ? `\nhandout ${bookletLine(opts)}` : ''}` }),
    },
    junit: filePlan('slides', result.outputs.map((o) => ({ key: `output:${o.path}`, name: show(o.path), classname: o.manual }))),
  });
  process.exitCode = failures.length ? ExitCode.sourceError : ExitCode.ok;
}
