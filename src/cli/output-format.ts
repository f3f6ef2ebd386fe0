// --format and --json, the same on every command: one report format (text,
// json, github, junit) and, where a command has them, values of its own
// (slides: pdf, pptx), comma-separated in one --format list.
import type { Command } from 'commander';
import { ExitCode, PromokitError, UsageError } from '../errors.js';
import { REPORT_FORMAT_NAMES, REPORT_FORMATS, reportFormat } from '../findings/report/formats.js';
import type { Finding } from '../findings/finding.js';
import type { Report, ReportFormat, Stream } from '../findings/report/report.js';
import { useColor } from './common.js';
import { isOsError, osErrorReport } from './os-error.js';

export interface FormatOptions {
  format?: string;
  json?: boolean;
}

export interface FormatChoice {
  report: ReportFormat;
  /** The command's own values, in the order given (slides: pdf or pptx). */
  others: string[];
}

/** The command's own --format values and what they mean, for --help. */
export interface OtherFormats {
  values: readonly string[];
  help: string;
}

export function addFormatOptions(cmd: Command, others?: OtherFormats): Command {
  const reports = REPORT_FORMATS.map((f) => `${f.name} (${f.summary})`).join(', ');
  return cmd
    .option('--format <list>', `how to print the result: ${reports}${others ? `; ${others.help}` : ''}; comma-separated`)
    .option('--json', 'same as --format json');
}

/**
 * `--format a,b` and `--json` → the report format (text when none is named)
 * and the command's other values. A value that is neither, or two report
 * formats, is a usage error naming the valid values.
 */
export function parseFormats(opts: FormatOptions, others: readonly string[] = []): FormatChoice {
  const values = (opts.format ?? '').split(',').map((v) => v.trim()).filter(Boolean);
  const valid = [...REPORT_FORMAT_NAMES, ...others];
  const unknown = values.filter((v) => !valid.includes(v));
  if (unknown.length) throw new UsageError(`--format must be one of ${valid.join(', ')}, not "${unknown[0]}"`);
  const reports = [...new Set([...values.filter((v) => REPORT_FORMAT_NAMES.includes(v)), ...(opts.json ? ['json'] : [])])];
  if (reports.length > 1) {
    throw new UsageError(`--format${opts.json ? ' and --json' : ''}: one of ${REPORT_FORMAT_NAMES.join(', ')} at a time, not ${reports.join(' and ')}`);
  }
  return { report: reportFormat(reports[0] ?? 'text')!, others: [...new Set(values.filter((v) => others.includes(v)))] };
}

const streams: Record<Stream, NodeJS.WriteStream> = { stdout: process.stdout, stderr: process.stderr };

export function printReport(format: ReportFormat, report: Report): void {
  const out = format.render(report, { color: (s) => useColor(streams[s]) });
  if (out.text) streams[out.stream].write(out.text);
}

/** The report of a command stopped by an error: `version`, `ok: false` and that one finding. */
export function stoppedReport(command: string, finding: Finding): Report {
  return { command, ok: false, findings: [finding], data: {}, text: { stream: 'stderr', layout: 'lines' } };
}

interface Stop {
  finding: Finding;
  /** What main() would print after `promokit: `. */
  line: string;
  exitCode: ExitCode;
}

/** An error that is bad input or a bad place, as a finding; undefined for a bug of ours. */
function stopOf(err: unknown, command: string): Stop | undefined {
  if (err instanceof PromokitError) return { finding: err.toFinding('error', command), line: err.format(), exitCode: err.exitCode };
  if (!isOsError(err)) return undefined;
  const os = osErrorReport(err);
  return { finding: { rule: 'os-error', severity: 'error', message: os.message }, line: os.message, exitCode: os.exitCode };
}

/**
 * Runs a command's action. In a format other than text, an error that stops
 * it (bad input, a usage error, a file that cannot be written) is printed as
 * a finding in that format, as well as the usual line on stderr, and sets the
 * exit code; text leaves it to main(), which prints that line. A bug of ours
 * goes to main() in every format.
 */
export async function runReported(command: string, format: ReportFormat, action: () => Promise<void> | void): Promise<void> {
  try {
    await action();
  } catch (err) {
    const stop = format.name === 'text' ? undefined : stopOf(err, command);
    if (!stop) throw err;
    printReport(format, stoppedReport(command, stop.finding));
    process.stderr.write(`promokit: ${stop.line}\n`);
    process.exitCode = stop.exitCode;
  }
}
