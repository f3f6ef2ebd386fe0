// The booklet options of build, slides (handouts), packet and handout, said
// once: --booklet, --sheet and --signature (either of the last two implies
// --booklet), and the line each command prints under its summary.
import type { Command } from 'commander';
import { bookletChoice, bookletNote, bookletSheet, parseBookletSheet, parseSignature, type BookletSheetName } from '../assemble/booklet-plan.js';

export interface BookletCliOptions {
  booklet?: boolean;
  sheet?: BookletSheetName;
  signature?: number;
  paper?: 'letter' | 'a4';
}

/** Adds the three options; `what` prefixes their help ("handout: " for slides). */
export function addBookletOptions(cmd: Command, what = ''): Command {
  return cmd
    .option('--booklet', `${what}impose for saddle-stitch printing (two pages a sheet side)`)
    .option('--sheet <size>', `${what}booklet sheet: letter or a4 (pages at half size; default: the --paper), tabloid or a3 (pages at full size); implies --booklet`, parseBookletSheet)
    .option('--signature <sheets>', `${what}booklet: at most this many sheets folded together (default 16: 64 pages); implies --booklet`, parseSignature);
}

export { bookletChoice };

/** The sheet to load and how to print it, when a booklet was asked for. */
export function bookletLine(opts: BookletCliOptions): string | undefined {
  const booklet = bookletChoice(opts);
  return booklet ? bookletNote(bookletSheet([], booklet.sheet ?? opts.paper ?? 'letter')) : undefined;
}
