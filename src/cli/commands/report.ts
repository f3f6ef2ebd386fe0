import type { Command } from 'commander';
import { relative } from 'node:path';
import { ExitCode, UsageError } from '../../errors.js';
import { findingJson, type Finding } from '../../findings/finding.js';
import { JSON_SHAPE_VERSION } from '../../findings/report/json.js';
import { loadProject } from '../../model/load-project.js';
import { DEFAULT_HISTORY_COMMITS, MAX_HISTORY_COMMITS } from '../../report/history.js';
import { runReport } from '../../report/run-report.js';
import { addCommonOptions, parseLangs, resolveOut, resolveRoot, type CommonOptions } from '../common.js';
import { parseFormats, runReported } from '../output-format.js';

export function registerReport(program: Command): void {
  const cmd = program
    .command('report')
    .description('per-module table of readability, word counts, translation length and staleness, review dates, glyph and plain-language findings (text, JSON and out/<id>/report.html)')
    .argument('[manual-ids...]', 'manuals to report on (default: all)');
  addCommonOptions(cmd, { out: true, json: true })
    .option('--history [commits]', `readability of each module over its last commits, from git (default ${DEFAULT_HISTORY_COMMITS} when given bare)`)
    .addHelpText(
      'after',
      `
Examples:
  promokit report                          every manual; tables on stdout, out/<id>/report.html
  promokit report salud-mental --json      one manual as JSON
  promokit report --lang es --out /tmp/r   Spanish columns only, HTML into /tmp/r/<id>/
  promokit report --history 20             with readability over the last 20 commits of each module
  promokit report salud-mental --history   the last 10 commits (give ids before a bare --history)

Plain language: the findings of glyph-missing, sentence-long, word-long,
word-plain, readability and passive-voice (English; always on here) per module.

Scores: es Fernández-Huerta (FH) and Szigriszt-Pazos (SzP), higher is easier;
en Flesch–Kincaid grade (FK) and SMOG grade, lower is easier.
Exit codes: 0 done, 1 a manual could not be read (run promokit check), 2 usage error.`,
    )
    .action(async (ids: string[], opts: CommonOptions & { history?: string | true }) => {
      const { report: format } = parseFormats({ json: opts.json });
      await runReported('report', format, async () => {
        const root = resolveRoot(opts);
        const outDir = resolveOut(opts, root);
        const langs = parseLangs(opts.lang);
        const history = parseHistory(opts.history);
        const loaded = loadProject(root, [], process.cwd());
        const result = await runReport(loaded, { manualIds: ids, outDir, ...(langs ? { langs } : {}), ...(history === undefined ? {} : { history }) });
        const rel = (p: string): string => relative(process.cwd(), p) || p;
        if (opts.json) {
          // Why a manual could not be read: the loader's errors about it, as check shows them.
          const findings: Finding[] = loaded.diagnostics.filter((d) => d.severity === 'error' && d.manual !== undefined && result.failed.includes(d.manual));
          findings.push(...result.warnings.map((message): Finding => ({ rule: 'report', severity: 'warning', message })));
          const json = {
            version: JSON_SHAPE_VERSION,
            ok: result.failed.length === 0,
            manuals: result.reports.map((r) => ({ ...r.report, html: rel(r.htmlPath) })),
            failed: result.failed,
            findings: findings.map(findingJson),
          };
          process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        } else {
          process.stdout.write(result.reports.map((r) => r.text).join('\n'));
        }
        for (const w of result.warnings) process.stderr.write(`promokit: warning: ${w}\n`);
        if (!opts.quiet) for (const r of result.reports) process.stderr.write(`wrote ${rel(r.htmlPath)}\n`);
        for (const id of result.failed) process.stderr.write(`promokit: manuals/${id}: manual.yaml could not be read; run "promokit check manuals/${id}" to see why\n`);
        process.exitCode = result.failed.length > 0 ? ExitCode.sourceError : ExitCode.ok;
      });
    });
}

/** `--history` bare is the default; a count must be a whole number from 1 to the maximum. */
function parseHistory(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (value === true) return DEFAULT_HISTORY_COMMITS;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_HISTORY_COMMITS) throw new UsageError(`--history takes a number of commits from 1 to ${MAX_HISTORY_COMMITS}, not "${value}"`);
  return n;
}
