// `promokit roster <event>`: who attended what, contact hours and certificate
// numbers. The CSV goes to stdout (or --output); with --json (--format json)
// stdout holds the shared JSON report with the roster in it; findings (an
// attendee who attended no session) go through the shared reporters.
import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { ExitCode } from '../../errors.js';
import type { Finding } from '../../findings/finding.js';
import { filePlan } from '../../findings/report/junit.js';
import type { ReportFormat } from '../../findings/report/report.js';
import { writeFileAtomic } from '../../write-atomic.js';
import type { CommonOptions } from '../common.js';
import { loadEvent } from '../event-target.js';
import { addFormatOptions, parseFormats, printReport, runReported, type FormatOptions } from '../output-format.js';

interface RosterCliOptions extends CommonOptions, FormatOptions {
  output?: string;
}

export function registerRoster(program: Command): void {
  const cmd = program
    .command('roster')
    .description('who attended which sessions, contact hours and certificate numbers, as CSV or JSON')
    .argument('<event>', 'event.yaml or conference.yaml (a conference or a training), or its folder')
    .option('-o, --output <file>', 'write the CSV here instead of stdout')
    .option('--root <dir>', 'project folder (default: the one holding the event)')
    .option('--quiet', 'print nothing but the roster and errors');
  addFormatOptions(cmd, { values: ['csv'], help: 'csv (the roster as CSV, the default)' }).addHelpText(
    'after',
    `
The roster as CSV on stdout (or in --output). With --json, stdout holds one
JSON object: version, ok, event, date, provider, approval_code, attendees
(name, certificate_number, hours, sessions, extra) and findings; --output
still gets the CSV.`,
  );
  cmd.action(async (target: string, opts: RosterCliOptions) => {
    const { report: format } = parseFormats(opts, ['csv']);
    await runReported('roster', format, () => rosterCommand(target, opts, format));
  });
}

async function rosterCommand(target: string, opts: RosterCliOptions, format: ReportFormat): Promise<void> {
  const event = await loadEvent(target, opts, 'roster');
  const { roster, rosterCsv } = await import('../../records/roster.js');
  const r = roster(event.config, event.attendees);
  const csv = rosterCsv(r);
  const attendeesFile = `${event.conf.relDir}/${event.config.attendees}`;
  const findings: Finding[] = r.attendees.flatMap((a, i) =>
    a.hours > 0 ? [] : [{ rule: 'attendance-none', severity: 'warning' as const, file: attendeesFile, line: event.attendees[i]!.line, message: `${a.name} attended no session: 0 contact hours` }],
  );
  if (opts.output) await writeFileAtomic(resolve(opts.output), csv);
  else if (format.name === 'text') process.stdout.write(csv);
  printReport(format, {
    command: 'roster',
    ok: true,
    findings,
    data: { ...r, ...(opts.output ? { output: relative(process.cwd(), resolve(opts.output)) } : {}) },
    scope: `in ${r.attendees.length} attendees`,
    text: { stream: 'stderr', layout: 'lines', ...(opts.quiet || !opts.output ? {} : { summary: () => `roster ${relative(process.cwd(), resolve(opts.output!))}: ${r.attendees.length} attendees` }) },
    junit: filePlan('roster', [{ key: 'roster', name: attendeesFile, classname: event.config.id }]),
  });
  process.exitCode = ExitCode.ok;
}
