// `promokit merge-reports <files...>`: the shards' --json summaries as one
// (src/cli/merge-reports.ts), printed as JSON or by any report format.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ExitCode, UsageError } from '../../errors.js';
import { filePlan } from '../../findings/report/junit.js';
import type { ReportFormat } from '../../findings/report/report.js';
import { mergeShardReports, readShardReport, type ShardReport } from '../merge-reports.js';
import { addFormatOptions, parseFormats, printReport, runReported, type FormatOptions } from '../output-format.js';

/** A summary is a few MB at most; more is not one. */
const MAX_SUMMARY_BYTES = 64 * 1024 * 1024;

export function registerMergeReports(program: Command): void {
  const cmd = program
    .command('merge-reports')
    .description('join the --json summaries of the shards of one run (--shard k/n) into one')
    .argument('<files...>', "each shard's --json summary");
  addFormatOptions(cmd)
    .option('--quiet', 'print only errors (text format)')
    .addHelpText(
      'after',
      `
Example (GitHub Actions: a matrix of 4 jobs, then one job that merges):
  promokit build --shard 3/4 --json > build-3.json        in job 3 of 4
  promokit merge-reports build-*.json --format github     in the merging job

Prints JSON unless --format says otherwise. The merged summary is what one unsharded run would print: outputs, packets
and findings put together, counts added. A shard that is missing, given
twice, or made from other sources or options is an error.

Exit codes: 0 merged and every shard ok, 1 a shard failed or is missing,
2 a file that is not a shard's --json summary.`,
    )
    .action(async (files: string[], opts: FormatOptions & { quiet?: boolean }) => {
      // The merged JSON is what this command is for: it is the default here.
      const { report: format } = parseFormats(opts.format === undefined ? { ...opts, json: true } : opts);
      await runReported('merge-reports', format, () => mergeReports(files, opts, format));
    });
}

async function read(file: string): Promise<ShardReport> {
  const bytes = await readFile(resolve(file)).catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(err.code === 'ENOENT' ? 'no such file' : `cannot be read (${err.code ?? err.message})`, { file, rule: 'merge-reports' });
  });
  if (bytes.byteLength > MAX_SUMMARY_BYTES) throw new UsageError('too big to be a --json summary', { file, rule: 'merge-reports' });
  return readShardReport(file, bytes.toString('utf8'));
}

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

async function mergeReports(files: string[], opts: { quiet?: boolean }, format: ReportFormat): Promise<void> {
  const reports: ShardReport[] = [];
  for (const f of files) reports.push(await read(f));
  const merged = mergeShardReports(reports);
  const outputs = [merged.data.outputs, merged.data.packets].flatMap((l) => (Array.isArray(l) ? (l as { path?: unknown; manual?: unknown; attendee?: unknown }[]) : []));
  const errors = merged.findings.filter((f) => f.severity === 'error').length;
  // packet --certificates separate: each shard's certificates.shard-k-of-n.pdf.
  const certificates = Array.isArray(merged.data.certificateFiles) ? merged.data.certificateFiles.length : 0;
  const shard = merged.data.shard as { total: number; merged: number[]; unit: string };
  printReport(format, {
    command: merged.command,
    ok: merged.ok,
    findings: opts.quiet && format.name === 'text' ? merged.findings.filter((f) => f.severity === 'error') : merged.findings,
    findingsKey: merged.findingsKey,
    data: merged.data,
    scope: `in ${plural(shard.merged.length, 'shard')} of ${merged.command}`,
    text: {
      stream: 'stdout',
      layout: 'lines',
      summary: () => `${merged.command}: ${plural(shard.merged.length, 'shard')} of ${shard.total} merged, ${plural(outputs.length, 'file')}${certificates ? `, ${plural(certificates, 'certificates file')}` : ''}, ${plural(errors, 'error')}`,
    },
    junit: filePlan(
      merged.command,
      outputs.map((o) => ({ key: `output:${String(o.path)}`, name: String(o.attendee || o.path), classname: String(o.manual ?? merged.command) })),
    ),
  });
  process.exitCode = merged.ok ? ExitCode.ok : ExitCode.sourceError;
}
