// `promokit packet <conference.yaml>`: attendee packets and print.pdf.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { bookletChoice, bookletNote, bookletSheet, parseBookletSheet, parseSignature, type BookletSheetName } from '../../assemble/booklet-plan.js';
import { parseCsvEncoding, type CsvEncoding } from '../../packets/csv-text.js';
import { ExitCode, PromokitError, UsageError } from '../../errors.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { loadProject } from '../../model/load-project.js';
import { findRoot, parsePaper, resolveOut, failureJson, printFailures, type CommonOptions } from '../common.js';

interface PacketCliOptions extends CommonOptions {
  attendees?: string;
  encoding?: CsvEncoding;
  only?: string;
  booklet?: boolean;
  sheet?: BookletSheetName;
  signature?: number;
}

/** An invalid conference.yaml: what is wrong on which line, as check says it. */
function configFailures(diagnostics: readonly Diagnostic[], configFile: string): PromokitError[] {
  const found = diagnostics.filter((d) => d.file === configFile && d.severity === 'error');
  if (found.length) return found.map((d) => new PromokitError(d.message, d));
  return [new PromokitError('conference.yaml is invalid; run "promokit check" for the details', { file: configFile, rule: 'config-invalid' })];
}

export function registerPacket(program: Command): void {
  program
    .command('packet')
    .description('build one packet per attendee (cover, agenda, handouts, evaluation, certificate) and print.pdf')
    .argument('<conference>', 'conference.yaml, or its folder')
    .option('--attendees <file>', 'attendees CSV instead of the one conference.yaml names')
    .option('--encoding <name>', 'how to read an attendees CSV without byte-order mark: utf8 (default) or latin1 (windows-1252)', parseCsvEncoding)
    .option('--only <name>', "rebuild one attendee's packet (name or slug)")
    .option('--booklet', 'impose each packet for saddle-stitch printing')
    .option('--sheet <size>', 'booklet sheet: letter or a4 (pages at half size; default: the --paper), tabloid or a3 (pages at full size); implies --booklet', parseBookletSheet)
    .option('--signature <sheets>', 'booklet: at most this many sheets folded together (default 16: 64 pages); implies --booklet', parseSignature)
    .option('--paper <size>', 'letter or a4', parsePaper, 'letter')
    .option('--out <dir>', 'output folder', 'out')
    .option('--root <dir>', 'project folder (default: the one holding the conference)')
    .option('--quiet', 'print only errors')
    .option('--json', 'print a JSON summary on stdout')
    .addHelpText(
      'after',
      `
Outputs:
  out/packets/<conference-id>/<attendee-slug>.pdf   one per attendee
  out/packets/<conference-id>/print.pdf             all packets, each starting on a front side

A cover.typ, agenda.typ, evaluation.typ or certificate.typ beside conference.yaml
replaces promokit's template of that name (they read /data.json).

The attendees CSV is read as UTF-8 (UTF-8 or UTF-16 with a byte-order mark
also work); one saved as Latin-1 / Windows-1252 needs --encoding latin1.

Examples:
  promokit packet manuals/conferencia-2026/conference.yaml
  promokit packet manuals/conferencia-2026 --attendees registro.csv --encoding latin1
  promokit packet manuals/conferencia-2026 --only "María José Núñez Peña"`,
    )
    .action(async (target: string, opts: PacketCliOptions) => {
      const [{ buildPackets }, { startProgress }] = await Promise.all([import('../../packets/packet.js'), import('../progress.js')]);
      const abs = resolve(target);
      if (!existsSync(abs)) throw new UsageError(`not found: ${target}`);
      const dir = statSync(abs).isDirectory() ? abs : dirname(abs);
      if (!existsSync(resolve(dir, 'conference.yaml'))) throw new UsageError(`${target}: no conference.yaml there`);
      const root = opts.root ? resolve(opts.root) : findRoot(dir);
      if (!root) throw new UsageError(`${target} is not inside a folder holding manuals/`);
      const out = resolveOut(opts, root, ['.cache']);
      const loaded = loadProject(root);
      const conf = loaded.project.conferences.find((c) => c.id === basename(dir));
      if (!conf) throw new UsageError(`${target} is not a conference folder directly under manuals/`);
      const show = (p: string): string => relative(process.cwd(), p) || '.';
      const progress = startProgress({ unit: 'packets', silent: Boolean(opts.quiet || opts.json || !conf.config) });
      const result = !conf.config
        ? { packets: [], print: undefined, failures: configFailures(loaded.diagnostics, conf.configFile) }
        : await buildPackets(loaded.project, conf, {
            out,
            ...(opts.attendees ? { attendeesFile: resolve(opts.attendees) } : {}),
            ...(opts.encoding ? { encoding: opts.encoding } : {}),
            ...(opts.only ? { only: opts.only } : {}),
            booklet: bookletChoice(opts),
            paper: opts.paper ?? 'letter',
            sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
            onAttendees: (n) => progress.total(n),
            onPacket: (p) => progress.done(`packet ${show(p.path)} (${p.pages} pages)`, p.attendee),
          });
      progress.stop();
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ ok: result.failures.length === 0, packets: result.packets.map((p) => ({ ...p, path: show(p.path) })), print: result.print ? show(result.print.path) : null, failures: result.failures.map(failureJson) }, null, 2)}\n`);
      } else {
        printFailures(result.failures);
        if (!opts.quiet) process.stderr.write(`${result.packets.length} packets${result.print ? `, ${show(result.print.path)} (${result.print.pages} pages)` : ''}${result.failures.length ? `, ${result.failures.length} errors` : ''}\n`);
        const booklet = bookletChoice(opts);
        if (booklet && !opts.quiet) process.stderr.write(`${bookletNote(bookletSheet([], booklet.sheet ?? opts.paper ?? 'letter'))}\n`);
      }
      process.exitCode = result.failures.length ? ExitCode.sourceError : ExitCode.ok;
    });
}
