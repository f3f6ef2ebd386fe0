// `promokit slides [manual-id...]`: decks and their handouts.
import { relative } from 'node:path';
import type { Command } from 'commander';
import { bookletChoice, bookletNote, bookletSheet, parseBookletSheet, parseSignature, type BookletSheetName } from '../../assemble/booklet-plan.js';
import { ExitCode, PromokitError, UsageError } from '../../errors.js';
import { loadProject } from '../../model/load-project.js';
import { parseLangs, parsePaper, resolveOut, resolveRoot, failureJson, printFailures, type CommonOptions } from '../common.js';

interface SlidesCliOptions extends CommonOptions {
  perPage: string;
  notes?: boolean;
  notesLang?: string;
  format: string;
  booklet?: boolean;
  sheet?: BookletSheetName;
  signature?: number;
}

export function registerSlides(program: Command): void {
  program
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
    .option('--booklet', 'handout: impose for saddle-stitch printing (two pages a sheet side)')
    .option('--sheet <size>', 'handout booklet sheet: letter or a4 (pages at half size; default: the --paper), tabloid or a3 (full size); implies --booklet', parseBookletSheet)
    .option('--signature <sheets>', 'handout booklet: at most this many sheets folded together (default 16: 64 pages); implies --booklet', parseSignature)
    .option('--format <format>', 'pdf (decks and handouts) or pptx (PowerPoint files to edit)', 'pdf')
    .option('--quiet', 'print only errors')
    .option('--json', 'print a JSON summary on stdout')
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
  promokit slides salud-mental --lang es --notes-lang en    Spanish slides, English notes`,
    )
    .action(async (ids: string[], opts: SlidesCliOptions) => {
      const { parsePerPage } = await import('../../assemble/nup.js');
      const { buildSlides } = await import('../../slides/build-slides.js');
      const { startProgress } = await import('../progress.js');
      if (opts.format !== 'pdf' && opts.format !== 'pptx') throw new UsageError(`--format must be pdf or pptx, not "${opts.format}"`);
      const root = resolveRoot(opts);
      const out = resolveOut(opts, root);
      const loaded = loadProject(root);
      const show = (p: string): string => relative(process.cwd(), p) || '.';
      const langs = parseLangs(opts.lang);
      const progress = startProgress({ unit: 'files', silent: Boolean(opts.quiet || opts.json) });
      const result = await buildSlides(loaded.project, {
        out,
        manuals: ids,
        ...(langs ? { langs } : {}),
        perPage: parsePerPage(opts.perPage),
        notes: opts.notes ?? false,
        ...(opts.notesLang ? { notesLang: opts.notesLang } : {}),
        paper: opts.paper ?? 'letter',
        booklet: bookletChoice(opts),
        format: opts.format,
        sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
        onPlanned: (n) => progress.total(n),
        onOutput: (o) => progress.done(`${o.kind.padEnd(7)} ${show(o.path)} (${o.pages} pages)`, show(o.path)),
      });
      progress.stop();
      const failures: PromokitError[] = result.failures;
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ ok: failures.length === 0, outputs: result.outputs.map((o) => ({ ...o, path: show(o.path) })), failures: failures.map(failureJson) }, null, 2)}\n`);
      } else {
        printFailures(failures);
        if (!opts.quiet) process.stderr.write(`${result.outputs.filter((o) => o.kind !== 'handout').length} decks, ${result.outputs.filter((o) => o.kind === 'handout').length} handouts${failures.length ? `, ${failures.length} errors` : ''}\n`);
        const booklet = bookletChoice(opts);
        if (booklet && !opts.quiet) process.stderr.write(`handout ${bookletNote(bookletSheet([], booklet.sheet ?? opts.paper ?? 'letter'))}\n`);
      }
      process.exitCode = failures.length ? ExitCode.sourceError : ExitCode.ok;
    });
}
