// `promokit packet <conference.yaml>`: attendee packets and print.pdf.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { parseCsvEncoding, type CsvEncoding } from '../../packets/csv-text.js';
import { CERTIFICATE_PLACES, type CertificatePlace } from '../../packets/options.js';
import { ExitCode, PromokitError, UsageError } from '../../errors.js';
import { filePlan } from '../../findings/report/junit.js';
import type { ReportFormat } from '../../findings/report/report.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { loadProject } from '../../model/load-project.js';
import { findRoot, parsePaper, resolveOut, failureJson, type CommonOptions } from '../common.js';
import { addFormatOptions, parseFormats, printReport, runReported, type FormatOptions } from '../output-format.js';
import { addBookletOptions, bookletChoice, bookletLine, type BookletCliOptions } from '../booklet-options.js';
import { stageFindings } from '../stage-findings.js';
import { addShardOption, type ShardCliOptions } from '../scale-options.js';

interface PacketCliOptions extends CommonOptions, FormatOptions, BookletCliOptions, ShardCliOptions {
  attendees?: string;
  encoding?: CsvEncoding;
  only?: string;
  certificates?: CertificatePlace;
  facilitator?: boolean;
}

/** An invalid conference.yaml: what is wrong on which line, as check says it. */
function configFailures(diagnostics: readonly Diagnostic[], configFile: string): PromokitError[] {
  const found = diagnostics.filter((d) => d.file === configFile && d.severity === 'error');
  if (found.length) return found.map((d) => new PromokitError(d.message, d));
  return [new PromokitError('conference.yaml is invalid; run "promokit check" for the details', { file: configFile, rule: 'config-invalid' })];
}

function parseCertificates(value: string): CertificatePlace {
  const place = CERTIFICATE_PLACES.find((p) => p === value);
  if (!place) throw new UsageError(`--certificates: "${value}" is not ${CERTIFICATE_PLACES.join(' or ')}`);
  return place;
}

export function registerPacket(program: Command): void {
  const cmd = program
    .command('packet')
    .description('build one packet per attendee (cover, agenda, handouts, evaluation, certificate) and print.pdf')
    .argument('<conference>', 'conference.yaml, or its folder')
    .option('--attendees <file>', 'attendees CSV instead of the one conference.yaml names')
    .option('--encoding <name>', 'how to read an attendees CSV without byte-order mark: utf8 (default) or latin1 (windows-1252)', parseCsvEncoding)
    .option('--only <name>', "rebuild one attendee's packet (name or slug)")
    .option('--paper <size>', 'letter or a4', parsePaper, 'letter')
    .option('--certificates <where>', 'packet (alone on its sheet, default) or separate (certificates.pdf, for card stock)', parseCertificates)
    .option('--facilitator', "keep the modules' facilitator notes and answer keys (left out of attendee packets)")
    .option('--out <dir>', 'output folder', 'out')
    .option('--root <dir>', 'project folder (default: the one holding the conference)')
    .option('--quiet', 'print only errors');
  addBookletOptions(cmd, 'each packet: ');
  addShardOption(cmd, 'by attendee (print.pdf and certificates.pdf are then not made)');
  addFormatOptions(cmd)
    .addHelpText(
      'after',
      `
Outputs:
  out/packets/<conference-id>/<attendee-slug>.pdf   one per attendee
  out/packets/<conference-id>/print.pdf             all packets, each starting on a front side
  out/packets/<conference-id>/certificates.pdf      with --certificates separate: one page each

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
      const { report: format } = parseFormats(opts);
      await runReported('packet', format, () => packet(target, opts, format));
    });
}

async function packet(target: string, opts: PacketCliOptions, format: ReportFormat): Promise<void> {
  const [{ buildPackets }, { startProgress }] = await Promise.all([import('../../packets/packet.js'), import('../progress.js')]);
  if (opts.shard && opts.only) throw new UsageError('--shard and --only: one at a time');
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
  const progress = startProgress({ unit: 'packets', silent: Boolean(opts.quiet) || format.machine || !conf.config });
  const result = !conf.config
    ? { packets: [], print: undefined, failures: configFailures(loaded.diagnostics, conf.configFile) }
    : await buildPackets(loaded.project, conf, {
        out,
        ...(opts.attendees ? { attendeesFile: resolve(opts.attendees) } : {}),
        ...(opts.encoding ? { encoding: opts.encoding } : {}),
        ...(opts.only ? { only: opts.only } : {}),
        ...(opts.certificates ? { certificates: opts.certificates } : {}),
        ...(opts.facilitator ? { facilitator: true } : {}),
        booklet: bookletChoice(opts),
        paper: opts.paper ?? 'letter',
        sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
        ...(opts.shard ? { shard: opts.shard } : {}),
        onAttendees: (n) => progress.total(n),
        onPacket: (p) => progress.done(`packet ${show(p.path)} (${p.pages} pages)`, p.attendee),
      });
  progress.stop();
  const failures = result.failures;
  const print = result.print;
  const certificates = 'certificates' in result ? result.certificates : undefined;
  printReport(format, {
    command: 'packet',
    ok: failures.length === 0,
    findings: stageFindings(failures, 'error', 'packet', loaded.project),
    data: { packets: result.packets.map((p) => ({ ...p, path: show(p.path) })), print: print ? show(print.path) : null, certificates: certificates ? show(certificates.path) : null, failures: failures.map(failureJson), ...('shard' in result && result.shard ? { shard: result.shard } : {}) },
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
