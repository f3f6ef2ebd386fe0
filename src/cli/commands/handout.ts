// `promokit handout <deck.pdf...> -o <file>`: n-up handout from any PDF deck.
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_WATERMARK } from '../../model/draft.js';
import { parsePerPage, type PerPage } from '../../assemble/handout-layout.js';
import { UsageError } from '../../errors.js';
import { addBookletOptions, bookletChoice, bookletLine, type BookletCliOptions } from '../booklet-options.js';
import { writeFileAtomic } from '../../write-atomic.js';
import { findRoot, parsePaper } from '../common.js';
import { shown } from '../os-error.js';
import { checkOutputFile } from '../output-folder.js';
import { addFormatOptions, parseFormats, printReport, runReported, type FormatOptions } from '../output-format.js';

interface HandoutCliOptions extends FormatOptions {
  output: string;
  perPage: PerPage;
  lines: boolean;
  paper: 'letter' | 'a4';
  title?: string;
  lang?: string;
  draft?: boolean;
  quiet?: boolean;
  booklet?: boolean;
  sheet?: BookletCliOptions['sheet'];
  signature?: number;
}

export function registerHandout(program: Command): void {
  const cmd = program
    .command('handout')
    .description('n-up handout from existing PDF decks (PowerPoint, Keynote, Google Slides, Beamer exports)')
    .argument('<deck.pdf...>', 'one or more PDF decks; each starts on a new page under its own title')
    .requiredOption('-o, --output <file>', 'the handout PDF to write')
    .option('--per-page <n>', 'slides per page: 1, 2, 3, 4, 6 or 9', parsePerPage, 3 as PerPage)
    .option('--lines', 'ruled lines for notes beside or under each slide (default)')
    .option('--no-lines', 'no note lines')
    .option('--paper <size>', 'letter or a4', parsePaper, 'letter')
    .option('--title <text>', "header title with one deck (default: the PDF's title, else the file name); document title with several")
    .option('--lang <code>', 'language written into the PDF, e.g. es or en')
    .option('--draft', `stamp "${DEFAULT_WATERMARK}" on every page`)
    .option('--quiet', 'print only errors');
  addBookletOptions(cmd);
  addFormatOptions(cmd)
    .addHelpText(
      'after',
      `
Slides keep their aspect ratio (4:3, 16:9, A4, portrait…) and stay vector.
Every page has a header with the deck's title and "n / total" at the bottom.

Examples:
  promokit handout charla.pdf -o charla-folleto.pdf            3 a page with note lines
  promokit handout charla.pdf -o folleto.pdf --per-page 6 --no-lines --paper a4
  promokit handout dia1/*.pdf -o dia1.pdf --title "Conferencia 2026 — Día 1"

The file is written only when every deck could be read. The PDF's date is
SOURCE_DATE_EPOCH when set, else the newest date of the decks, so the same
decks give the same bytes.

Exit codes: 0 written, 1 a deck is not a usable PDF (encrypted, damaged, too large…),
2 usage error (a deck path with no file behind it, -o in manuals/ or in a folder
that cannot be written).`,
    )
    .action(async (decks: string[], opts: HandoutCliOptions) => {
      const { report: format } = parseFormats(opts);
      await runReported('handout', format, async () => {
        const cwd = process.cwd();
        const output = resolve(cwd, opts.output);
        const paths = decks.map((d) => resolve(cwd, d));
        if (paths.includes(output)) throw new UsageError(`-o ${opts.output} is one of the decks; choose another output file`);
        checkOutputFile(output, opts.output, findRoot(dirname(output)), { cwd });
        const single = paths.length === 1;
        const { makeHandout } = await import('../../assemble/handout.js');
        const bytes = await makeHandout(
          paths.map((path) => ({ path: shown(path, cwd), title: single ? opts.title : undefined })),
          {
            perPage: opts.perPage,
            lines: opts.lines,
            paper: opts.paper,
            title: opts.title,
            lang: opts.lang,
            watermark: opts.draft ? DEFAULT_WATERMARK : undefined,
            sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
            booklet: bookletChoice(opts),
          },
        );
        await writeFileAtomic(output, bytes);
        printReport(format, {
          command: 'handout',
          ok: true,
          findings: [],
          data: { output: shown(output, cwd), decks: paths.map((p) => shown(p, cwd)), bytes: bytes.length },
          text: { stream: 'stderr', layout: 'lines', ...(opts.quiet ? {} : { summary: () => `wrote ${shown(output, cwd)}${bookletLine(opts) ? `\n${bookletLine(opts)}` : ''}` }) },
        });
      });
    });
}
