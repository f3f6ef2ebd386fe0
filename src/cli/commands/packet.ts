// `promokit packet <conference.yaml>`: attendee packets and print.pdf.
import { basename, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { parseCsvEncoding, type CsvEncoding } from '../../packets/csv-text.js';
import { CERTIFICATE_PLACES, type CertificatePlace } from '../../packets/options.js';
import { ExitCode, PromokitError, UsageError } from '../../errors.js';
import { filePlan } from '../../findings/report/junit.js';
import type { ReportFormat } from '../../findings/report/report.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { parsePaper, resolveOut, failureJson, type CommonOptions } from '../common.js';
import { eventTarget } from '../event-target.js';
import { addFormatOptions, parseFormats, printReport, runReported, type FormatOptions } from '../output-format.js';
import { addBookletOptions, bookletChoice, bookletLine, type BookletCliOptions } from '../booklet-options.js';
import { stageFindings } from '../stage-findings.js';
import { addCacheOptions, addShardOption, remoteCacheChoice, type CacheCliOptions, type ShardCliOptions } from '../scale-options.js';

interface PacketCliOptions extends CommonOptions, FormatOptions, BookletCliOptions, ShardCliOptions, CacheCliOptions {
  attendees?: string;
  encoding?: CsvEncoding;
  only?: string;
  certificates?: CertificatePlace;
  facilitator?: boolean;
  press?: boolean;
}

/** An invalid event file: what is wrong on which line, as check says it. */
function configFailures(diagnostics: readonly Diagnostic[], configFile: string): PromokitError[] {
  const found = diagnostics.filter((d) => d.file === configFile && d.severity === 'error');
  if (found.length) return found.map((d) => new PromokitError(d.message, d));
  return [new PromokitError(`${basename(configFile)} is invalid; run "promokit check" for the details`, { file: configFile, rule: 'config-invalid' })];
}

function parseCertificates(value: string): CertificatePlace {
  const place = CERTIFICATE_PLACES.find((p) => p === value);
  if (!place) throw new UsageError(`--certificates: "${value}" is not ${CERTIFICATE_PLACES.join(' or ')}`);
  return place;
}

export function registerPacket(program: Command): void {
  const cmd = program
    .command('packet')
    .description('build one packet per attendee (conference, training) or traveller (exchange), and print.pdf')
    .argument('<event>', 'event.yaml or conference.yaml, or its folder')
    .option('--attendees <file>', 'attendees CSV instead of the one the event file names (not for an exchange)')
    .option('--encoding <name>', 'how to read an attendees CSV without byte-order mark: utf8 (default) or latin1 (windows-1252)', parseCsvEncoding)
    .option('--only <name>', "rebuild one attendee's packet (name or slug)")
    .option('--paper <size>', 'letter or a4', parsePaper, 'letter')
    .option('--certificates <where>', 'packet (alone on its sheet, default) or separate (certificates.pdf, for card stock)', parseCertificates)
    .option('--press', 'for a print shop: 0.125 in (9 pt) bleed, crop marks, TrimBox/BleedBox, sRGB output intent; with --booklet, sheet labels (docs/printing.md)')
    .option('--facilitator', "keep the modules' facilitator notes and answer keys (left out of attendee packets)")
    .option('--out <dir>', 'output folder', 'out')
    .option('--root <dir>', 'project folder (default: the one holding the event)')
    .option('--quiet', 'print only errors');
  addBookletOptions(cmd, 'each packet: ');
  addShardOption(cmd, 'by attendee (print.pdf is then not made; with --certificates separate, certificates.shard-k-of-n.pdf)');
  addCacheOptions(cmd);
  addFormatOptions(cmd)
    .addHelpText(
      'after',
      `
Outputs:
  out/packets/<event-id>/<attendee-slug>.pdf   one per attendee (an exchange: per traveller)
  out/packets/<event-id>/print.pdf             all packets, each starting on a front side
  out/packets/<event-id>/certificates.pdf      with --certificates separate: one page each
  out/packets/<event-id>/certificates.shard-<k>-of-<n>.pdf   the same, of shard k's attendees (--shard k/n)

A conference or training packet: cover, agenda, handouts, evaluation, certificate.
An exchange packet: cover, itinerary, a guide per site visit, contacts, the
manual modules it names, a reflection page per day.
A template beside the event file replaces promokit's of that name (they read
/data.json): cover.typ, agenda.typ, evaluation.typ, certificate.typ;
itinerary.typ, site-visit.typ, contacts.typ, journal.typ.

The attendees CSV is read as UTF-8 (UTF-8 or UTF-16 with a byte-order mark
also work); one saved as Latin-1 / Windows-1252 needs --encoding latin1.

Examples:
  promokit packet manuals/conferencia-2026/conference.yaml
  promokit packet manuals/intercambio-2026
  promokit packet manuals/conferencia-2026 --attendees registro.csv --encoding latin1
  promokit packet manuals/conferencia-2026 --only "María José Núñez Peña"
  promokit packet manuals/conferencia-2026 --shard 2/3 --certificates separate --json > packet-2.json

Pages Typst set before from the same inputs are read from the cache in
<out>/.cache (and from --cache-url's, when given).`,
    )
    .action(async (target: string, opts: PacketCliOptions) => {
      const { report: format } = parseFormats(opts);
      await runReported('packet', format, () => packet(target, opts, format));
    });
}

async function packet(target: string, opts: PacketCliOptions, format: ReportFormat): Promise<void> {
  const [{ buildPackets }, { startProgress }] = await Promise.all([import('../../packets/packet.js'), import('../progress.js')]);
  if (opts.shard && opts.only) throw new UsageError('--shard and --only: one at a time');
  const { root, loaded, conf } = eventTarget(target, opts);
  const out = resolveOut(opts, root, ['.cache']);
  const remoteCache = remoteCacheChoice(opts);
  const valid = Boolean(conf.config ?? conf.exchange);
  const show = (p: string): string => relative(process.cwd(), p) || '.';
  const progress = startProgress({ unit: 'packets', silent: Boolean(opts.quiet) || format.machine || !valid });
  const result = !valid
    ? { packets: [], print: undefined, failures: configFailures(loaded.diagnostics, conf.configFile) }
    : await buildPackets(loaded.project, conf, {
        out,
        ...(opts.attendees ? { attendeesFile: resolve(opts.attendees) } : {}),
        ...(opts.encoding ? { encoding: opts.encoding } : {}),
        ...(opts.only ? { only: opts.only } : {}),
        ...(opts.certificates ? { certificates: opts.certificates } : {}),
        ...(opts.facilitator ? { facilitator: true } : {}),
        booklet: bookletChoice(opts),
        ...(opts.press ? { press: true } : {}),
        paper: opts.paper ?? 'letter',
        sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
        ...(opts.shard ? { shard: opts.shard } : {}),
        ...(remoteCache ? { remoteCache } : {}),
        onAttendees: (n) => progress.total(n),
        onPacket: (p) => progress.done(`packet ${show(p.path)} (${p.pages} pages)`, p.attendee),
      });
  progress.stop();
  const failures = result.failures;
  const print = result.print;
  const certificates = 'certificates' in result ? result.certificates : undefined;
  const warnings = 'warnings' in result ? (result.warnings ?? []) : [];
  const findings = [...stageFindings(warnings, 'warning', 'packet', loaded.project), ...stageFindings(failures, 'error', 'packet', loaded.project)];
  printReport(format, {
    command: 'packet',
    ok: failures.length === 0,
    findings: opts.quiet && format.name === 'text' ? findings.filter((f) => f.severity === 'error') : findings,
    data: {
      packets: result.packets.map((p) => ({ ...p, path: show(p.path) })),
      print: print ? show(print.path) : null,
      // The whole run's certificates file: a shard's is in certificateFiles only (merge-reports lists every shard's).
      certificates: certificates && !opts.shard ? show(certificates.path) : null,
      certificateFiles: certificates ? [{ path: show(certificates.path), pages: certificates.pages }] : [],
      failures: failures.map(failureJson),
      ...('stats' in result && result.stats ? { stats: result.stats } : {}),
      ...('shard' in result && result.shard ? { shard: result.shard } : {}),
    },
    scope: `in ${result.packets.length} packets`,
    text: {
      stream: 'stderr',
      layout: 'lines',
      ...(opts.quiet ? {} : { summary: () => `${result.packets.length} packets${print ? `, ${show(print.path)} (${print.pages} pages)` : ''}${certificates ? `, ${show(certificates.path)}` : ''}${failures.length ? `, ${failures.length} errors` : ''}${bookletLine(opts) ? `\n${bookletLine(opts)}` : ''}` }),
    },
    junit: filePlan('packet', result.packets.map((p) => ({ key: `packet:${p.path}`, name: p.attendee, classname: conf.id }))),
  });
  process.exitCode = failures.length ? ExitCode.sourceError : ExitCode.ok;
}
